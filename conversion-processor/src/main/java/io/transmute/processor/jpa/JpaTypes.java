package io.transmute.processor.jpa;

import io.transmute.processor.model.Annotations;
import io.transmute.processor.model.TypeTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What Jakarta Persistence annotations say about a type, read by name so that the processor needs
 * no JPA jar and projects without JPA are unaffected. The only place of the processor that knows
 * JPA; linking and generation ask it questions.
 */
public final class JpaTypes {
    private static final String PACKAGE = "jakarta.persistence.";
    private static final String ENTITY = PACKAGE + "Entity";
    private static final String ID = PACKAGE + "Id";
    private static final String EMBEDDED_ID = PACKAGE + "EmbeddedId";
    private static final String VERSION = PACKAGE + "Version";
    /** Association and attribute annotations with the fetch type each defaults to. */
    private static final List<Fetching> FETCHING = List.of(
            new Fetching(PACKAGE + "ManyToOne", false),
            new Fetching(PACKAGE + "OneToOne", false),
            new Fetching(PACKAGE + "OneToMany", true),
            new Fetching(PACKAGE + "ManyToMany", true),
            new Fetching(PACKAGE + "ElementCollection", true),
            new Fetching(PACKAGE + "Basic", false));

    private record Fetching(String annotation, boolean lazyByDefault) {
    }

    private final TypeTools tools;

    public JpaTypes(TypeTools tools) {
        this.tools = tools;
    }

    public boolean isEntity(TypeMirror type) {
        return tools.typeElement(type).map(this::isEntity).orElse(false);
    }

    public boolean isEntity(TypeElement type) {
        return Annotations.has(type, ENTITY);
    }

    /** An {@code EntityManager} or a Hibernate {@code Session}: context for looking up references. */
    public boolean isEntityManager(TypeMirror type) {
        return tools.asSupertype(type, "jakarta.persistence.EntityManager").isPresent();
    }

    /** The name of the entity's {@code @Id} or {@code @EmbeddedId} property, declared or inherited. */
    public Optional<String> idProperty(TypeMirror entity) {
        return propertyAnnotatedWith(entity, ID).or(() -> propertyAnnotatedWith(entity, EMBEDDED_ID));
    }

    /** The name of the entity's {@code @Version} property, if it has one. */
    public Optional<String> versionProperty(TypeMirror entity) {
        return propertyAnnotatedWith(entity, VERSION);
    }

    /**
     * Whether {@code property} of {@code entity} is fetched lazily: a {@code *ToMany} or element
     * collection unless declared EAGER, a {@code *ToOne} or {@code @Basic} declared LAZY. The
     * annotation may sit on the field or on the getter.
     */
    public boolean isLazy(TypeMirror entity, String property) {
        if (!isEntity(entity)) {
            return false;
        }
        for (Element member : mapped(entity, property)) {
            for (Fetching fetching : FETCHING) {
                Optional<AnnotationMirror> annotation = Annotations.find(member, fetching.annotation());
                if (annotation.isPresent()) {
                    return fetchType(annotation.get()).map("LAZY"::equals).orElse(fetching.lazyByDefault());
                }
            }
        }
        return false;
    }

    /** The {@code mappedBy} of a {@code @OneToMany} or {@code @OneToOne} collection: the child's back reference. */
    public Optional<String> mappedBy(TypeMirror owner, String property) {
        for (Element member : mapped(owner, property)) {
            for (String annotation : List.of(PACKAGE + "OneToMany", PACKAGE + "OneToOne", PACKAGE + "ManyToMany")) {
                Optional<AnnotationMirror> mapping = Annotations.find(member, annotation);
                if (mapping.isPresent()) {
                    String mappedBy = Annotations.string(mapping.get(), "mappedBy");
                    return mappedBy.isEmpty() ? Optional.empty() : Optional.of(mappedBy);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> fetchType(AnnotationMirror annotation) {
        AnnotationValue value = Annotations.explicitValue(annotation, "fetch");
        return value != null && value.getValue() instanceof VariableElement constant
                ? Optional.of(constant.getSimpleName().toString())
                : Optional.empty();
    }

    private Optional<String> propertyAnnotatedWith(TypeMirror entity, String annotation) {
        for (TypeElement type : hierarchy(entity)) {
            for (Element member : type.getEnclosedElements()) {
                if (Annotations.has(member, annotation)) {
                    return Optional.of(propertyName(member));
                }
            }
        }
        return Optional.empty();
    }

    /** The field and the getter that may carry the mapping of {@code property}. */
    private List<Element> mapped(TypeMirror entity, String property) {
        List<Element> members = new ArrayList<>();
        for (TypeElement type : hierarchy(entity)) {
            for (Element member : type.getEnclosedElements()) {
                if ((member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD)
                        && propertyName(member).equals(property)) {
                    members.add(member);
                }
            }
        }
        return members;
    }

    /** {@code author} for a field {@code author} or a getter {@code getAuthor()}/{@code isActive()}. */
    private static String propertyName(Element member) {
        String name = member.getSimpleName().toString();
        if (member instanceof ExecutableElement) {
            int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
            if (prefix > 0 && name.length() > prefix) {
                return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
            }
        }
        return name;
    }

    /** The type and its superclasses (entities and mapped superclasses carry mappings). */
    private List<TypeElement> hierarchy(TypeMirror type) {
        List<TypeElement> types = new ArrayList<>();
        TypeMirror current = type;
        while (current instanceof DeclaredType declared && current.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) declared.asElement();
            if (element.getQualifiedName().contentEquals("java.lang.Object")) {
                break;
            }
            types.add(element);
            current = element.getSuperclass();
        }
        return types;
    }
}
