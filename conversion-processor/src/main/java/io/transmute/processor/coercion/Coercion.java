package io.transmute.processor.coercion;

import io.transmute.processor.model.UserMethod;
import io.transmute.processor.model.property.SourceProperty;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * How a value of type {@code source()} becomes a value of type {@code destination()}: the decision
 * only; {@code generation} turns it into code.
 */
public sealed interface Coercion {

    TypeMirror source();

    TypeMirror destination();

    /** Values from the enclosing conversion that this coercion needs, without duplicates. */
    default List<Capture> captures() {
        return List.of();
    }

    /** Same type, subtype, primitive widening or boxing: the value is used as it is. */
    record Assign(TypeMirror source, TypeMirror destination) implements Coercion {
    }

    /** A box to a primitive; a null throws a NullPointerException with {@code nullMessage}. */
    record Unbox(TypeMirror source, TypeMirror destination, String nullMessage) implements Coercion {
    }

    /**
     * A call of a user method: a {@code @Coercer}, a link's coercer, or another {@code @Converter}.
     * With {@code skipsNull}, a null value is not passed to it and gives null.
     */
    record MethodCall(TypeMirror source, TypeMirror destination, UserMethod method, boolean skipsNull)
            implements Coercion {
    }

    /** A nested model conversion. */
    record ModelCall(ModelConversion conversion) implements Coercion {
        @Override
        public TypeMirror source() {
            return conversion.source();
        }

        @Override
        public TypeMirror destination() {
            return conversion.destination();
        }

        @Override
        public List<Capture> captures() {
            return conversion.captures();
        }
    }

    /**
     * Element-wise copy of a collection, array or map into a new container of {@code targetShape}.
     * {@code key} is only set for maps; {@code element} converts each element (or map value).
     */
    record ContainerCopy(TypeMirror source, ContainerShape sourceShape,
            TypeMirror destination, ContainerShape targetShape,
            Coercion key, Coercion element) implements Coercion {
        @Override
        public List<Capture> captures() {
            return key == null ? element.captures() : union(key.captures(), element.captures());
        }
    }

    /** A value to {@code Optional}: converted by {@code element}, then wrapped. */
    record OptionalWrap(TypeMirror source, TypeMirror destination, Coercion element) implements Coercion {
        @Override
        public List<Capture> captures() {
            return element.captures();
        }
    }

    /** {@code Optional} to {@code Optional}, converting the content; a null Optional gives an empty one. */
    record OptionalMap(TypeMirror source, TypeMirror destination, Coercion element) implements Coercion {
        @Override
        public List<Capture> captures() {
            return element.captures();
        }
    }

    /**
     * An entity to its id ({@code authorId} from {@code author}), read through the id getter so
     * that an uninitialised Hibernate proxy is not loaded; {@code id} converts the id further.
     */
    record EntityId(TypeMirror source, TypeMirror destination, SourceProperty idProperty, Coercion id)
            implements Coercion {
    }

    /**
     * An id to a reference to the entity with that id: {@code checked} through the conversion's
     * ReferenceCheck (verified before the converter returns), otherwise through the method's
     * EntityManager ({@code through} is one or the other); {@code destinationLabel} names the
     * property in run-time errors.
     */
    record EntityReference(TypeMirror source, TypeMirror destination, Capture entityManager, boolean checked,
            String destinationLabel) implements Coercion {
        @Override
        public List<Capture> captures() {
            return List.of(entityManager);
        }
    }

    /**
     * Ids to references to their entities, into a new container of {@code targetShape}: checked
     * ones in one query for all ids.
     */
    record EntityReferences(TypeMirror source, TypeMirror destination, TypeMirror entity, Capture entityManager,
            boolean checked, String destinationLabel) implements Coercion {
        @Override
        public List<Capture> captures() {
            return List.of(entityManager);
        }
    }

    /**
     * Child entities of an updated entity merged with the source's elements: an element whose id
     * matches a child updates it in place ({@code update}), another becomes a new child
     * ({@code create}, with {@code backReference} set to the parent), and children no element
     * matches are removed (their back reference cleared), so that {@code orphanRemoval} deletes
     * them. The managed collection stays the same instance.
     *
     * @param childrenGetter the parent's getter of the collection ({@code getReviews})
     * @param sourceId the elements' id property; {@code childId} the children's
     * @param backReference the child's setter of its parent ({@code setBook}), or null
     */
    record ChildMerge(TypeMirror source, TypeMirror destination, TypeMirror parent, String childrenGetter,
            ModelConversion create, ModelConversion update, SourceProperty sourceId, SourceProperty childId,
            String backReference)
            implements Coercion {
        @Override
        public List<Capture> captures() {
            return union(create.captures(), update.captures());
        }
    }

    /**
     * Enum to enum by constant name, as the enum strategy matches names: each source constant
     * becomes a destination constant, or null ({@code Case.destination} null); a null source
     * becomes {@code nullConstant} (null when there is none); a constant the generated code does not
     * know (an enum changed after compilation) throws {@code unexpectedValueException}.
     */
    record EnumMapping(TypeMirror source, TypeMirror destination, List<Case> cases, String nullConstant,
            TypeMirror unexpectedValueException) implements Coercion {

        public record Case(String source, String destination) {
        }
    }

    private static List<Capture> union(List<Capture> first, List<Capture> second) {
        List<Capture> all = new ArrayList<>(first);
        for (Capture capture : second) {
            if (all.stream().noneMatch(c -> c.key().equals(capture.key()))) {
                all.add(capture);
            }
        }
        return all;
    }
}
