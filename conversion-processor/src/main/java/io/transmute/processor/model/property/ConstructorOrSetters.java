package io.transmute.processor.model.property;

import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.DestinationConstruction.NotConstructible;
import io.transmute.processor.model.property.DestinationProperty.Write;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The default way to create destinations: a record through its canonical constructor; a class with
 * an accessible no-argument constructor through setters and public fields; otherwise a class through
 * its accessible constructor with the most parameters whose names all match properties, then setters
 * for the remaining properties. Which methods are setters and getters, the {@link AccessorNaming} says.
 */
final class ConstructorOrSetters {
    private final TypeTools tools;
    private final AccessorNaming naming;
    private final CheckedExceptions checkedExceptions;

    ConstructorOrSetters(TypeTools tools, AccessorNaming naming) {
        this.tools = tools;
        this.naming = naming;
        this.checkedExceptions = new CheckedExceptions(tools);
    }

    Construction construction(DeclaredType type, PackageElement fromPackage) throws NotConstructible {
        TypeElement element = (TypeElement) type.asElement();
        checkInstantiable(element, fromPackage);
        tools.requireResolvedSupertypes(element);
        List<ExecutableElement> constructors = new ArrayList<>();
        List<ExecutableElement> throwing = new ArrayList<>();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
            if (tools.isAccessibleFrom(constructor, fromPackage)) {
                (checkedExceptions.thrownBy(constructor).isPresent() ? throwing : constructors).add(constructor);
            }
        }
        if (constructors.isEmpty() && !throwing.isEmpty()) {
            throw new NotConstructible(checkedExceptions.reason("its constructor", throwing.get(0))
                    + ": create it in a @Coercer method that handles the exception");
        }
        if (constructors.isEmpty()) {
            throw new NotConstructible("it has no constructor accessible from package " + fromPackage);
        }
        ExecutableElement constructor = element.getKind() == ElementKind.RECORD
                ? canonicalConstructor(element, constructors)
                : chooseConstructor(element, constructors, hasSettersOrFields(type, fromPackage));
        List<DestinationProperty> properties = new ArrayList<>();
        ExecutableType constructorType = (ExecutableType) tools.types().asMemberOf(type, constructor);
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < constructor.getParameters().size(); i++) {
            // A record's properties are its components, whatever its constructor's parameters are called.
            String name = element.getKind() == ElementKind.RECORD
                    ? element.getRecordComponents().get(i).getSimpleName().toString()
                    : constructor.getParameters().get(i).getSimpleName().toString();
            properties.add(new DestinationProperty(
                    name, constructorType.getParameterTypes().get(i), Write.CONSTRUCTOR, name));
            taken.add(name);
        }
        if (element.getKind() != ElementKind.RECORD) {
            requireNoThrowingSetter(type, fromPackage);
            for (DestinationProperty property : writableMembers(type, fromPackage)) {
                if (taken.add(property.name())) {
                    properties.add(property);
                }
            }
        }
        return new Construction(type, properties);
    }

    /** Collections filled through their getters do not count: they alone would lose the other properties. */
    private boolean hasSettersOrFields(DeclaredType type, PackageElement fromPackage) {
        return writableMembers(type, fromPackage).stream()
                .anyMatch(property -> property.write() == Write.SETTER || property.write() == Write.FIELD);
    }

    List<DestinationProperty> updatableProperties(DeclaredType type, PackageElement fromPackage)
            throws NotConstructible {
        if (((TypeElement) type.asElement()).getKind() == ElementKind.RECORD) {
            return List.of();
        }
        requireNoThrowingSetter(type, fromPackage);
        return writableMembers(type, fromPackage);
    }

    /**
     * A setter that declares a checked exception cannot be called, and leaving it out would drop
     * the property's value without a word: the type is no destination then.
     */
    private void requireNoThrowingSetter(DeclaredType type, PackageElement fromPackage) throws NotConstructible {
        // The members writableMembers() looks at: the type's own and its superclasses' but Object's.
        for (TypeElement owner : superclassesFirst((TypeElement) type.asElement())) {
            for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
                if (!method.getModifiers().contains(Modifier.STATIC) && tools.isAccessibleFrom(method, fromPackage)
                        && !isWither(method) && naming.writeProperty(method).isPresent()
                        && checkedExceptions.thrownBy(method).isPresent()) {
                    throw new NotConstructible(checkedExceptions.reason("its setter", method)
                            + ": create or fill it in a @Coercer method that handles the exception");
                }
            }
        }
    }


    static void checkInstantiable(TypeElement element, PackageElement fromPackage)
            throws NotConstructible {
        switch (element.getKind()) {
            case INTERFACE, ANNOTATION_TYPE -> throw new NotConstructible("it is an interface");
            case ENUM -> throw new NotConstructible("it is an enum, not a model");
            default -> { }
        }
        if (element.getModifiers().contains(Modifier.ABSTRACT)) {
            throw new NotConstructible("it is abstract");
        }
        if (element.getNestingKind() == NestingKind.MEMBER && !element.getModifiers().contains(Modifier.STATIC)
                && element.getKind() == ElementKind.CLASS) {
            throw new NotConstructible("it is an inner (non-static) class");
        }
        if (element.getModifiers().contains(Modifier.PRIVATE)) {
            throw new NotConstructible("it is private");
        }
    }

    private ExecutableElement canonicalConstructor(TypeElement record, List<ExecutableElement> constructors)
            throws NotConstructible {
        List<String> components = record.getRecordComponents().stream()
                .map(c -> c.getSimpleName().toString()).toList();
        for (ExecutableElement constructor : constructors) {
            if (parameterNames(constructor).equals(components)) {
                return constructor;
            }
        }
        // A record from a class file may keep no parameter names: match the component types.
        List<TypeMirror> componentTypes = record.getRecordComponents().stream()
                .map(c -> tools.types().erasure(c.asType())).toList();
        for (ExecutableElement constructor : constructors) {
            List<TypeMirror> parameterTypes = constructor.getParameters().stream()
                    .map(p -> tools.types().erasure(p.asType())).toList();
            if (parameterTypes.size() == componentTypes.size() && sameTypes(parameterTypes, componentTypes)) {
                return constructor;
            }
        }
        throw new NotConstructible("its canonical constructor is not accessible");
    }

    /**
     * The no-argument constructor when setters or fields fill the properties; otherwise the
     * constructor with the most parameters whose names all match properties.
     */
    private ExecutableElement chooseConstructor(TypeElement element, List<ExecutableElement> constructors,
            boolean hasWritableMembers) throws NotConstructible {
        ExecutableElement best = null;
        ExecutableElement noArguments = null;
        Set<String> propertyNames = propertyNames(element);
        for (ExecutableElement constructor : constructors) {
            if (constructor.getParameters().isEmpty()) {
                noArguments = constructor;
            } else if (propertyNames.containsAll(parameterNames(constructor))
                    && (best == null || constructor.getParameters().size() > best.getParameters().size())) {
                best = constructor;
            }
        }
        if (noArguments != null && (hasWritableMembers || best == null)) {
            return noArguments;
        }
        if (best == null) {
            throw new NotConstructible("it has no accessible no-argument constructor, and no accessible"
                    + " constructor whose parameter names all match its properties (a class compiled"
                    + " without -parameters keeps no parameter names)");
        }
        return best;
    }

    /** Names a constructor parameter may match: fields of any visibility, getters, setters. */
    private Set<String> propertyNames(TypeElement element) {
        Set<String> names = new HashSet<>();
        for (Element member : tools.elements().getAllMembers(element)) {
            if (member.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            if (member.getKind() == ElementKind.FIELD) {
                names.add(member.getSimpleName().toString());
            } else if (member.getKind() == ElementKind.METHOD) {
                ExecutableElement method = (ExecutableElement) member;
                naming.readProperty(method).ifPresent(names::add);
                naming.writeProperty(method).ifPresent(names::add);
            }
        }
        return names;
    }

    /** Setters and public non-final fields, superclass members first, each class in declaration order. */
    private List<DestinationProperty> writableMembers(DeclaredType type, PackageElement fromPackage) {
        Map<String, DestinationProperty> byName = new LinkedHashMap<>();
        for (TypeElement owner : superclassesFirst((TypeElement) type.asElement())) {
            for (Element member : owner.getEnclosedElements()) {
                if (member.getModifiers().contains(Modifier.STATIC)
                        || !tools.isAccessibleFrom(member, fromPackage)) {
                    continue;
                }
                writable(type, member).ifPresent(property -> byName.merge(
                        property.name(), property, (first, later) -> prefer(type, first, later)));
            }
        }
        for (DestinationProperty property : collectionGetters(type, fromPackage)) {
            byName.putIfAbsent(property.name(), property);
        }
        return new ArrayList<>(byName.values());
    }

    /** Collections and maps that have a getter but no setter: filled through the getter. */
    private List<DestinationProperty> collectionGetters(DeclaredType type, PackageElement fromPackage) {
        List<DestinationProperty> properties = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(tools.elements().getAllMembers(
                (TypeElement) type.asElement()))) {
            if (method.getModifiers().contains(Modifier.STATIC) || !tools.isAccessibleFrom(method, fromPackage)
                    || ((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")) {
                continue;
            }
            Optional<String> name = naming.readProperty(method);
            TypeMirror returned = ((ExecutableType) tools.types().asMemberOf(type, method)).getReturnType();
            boolean container = tools.asSupertype(returned, "java.util.Collection").isPresent()
                    || tools.asSupertype(returned, "java.util.Map").isPresent();
            if (name.isPresent() && container) {
                properties.add(new DestinationProperty(name.get(), returned, Write.ADD_ALL,
                        method.getSimpleName().toString()));
            }
        }
        return properties;
    }

    private Optional<DestinationProperty> writable(DeclaredType type, Element member) {
        if (member.getKind() == ElementKind.METHOD) {
            ExecutableElement method = (ExecutableElement) member;
            if (isWither(method)) {
                return Optional.empty();
            }
            return naming.writeProperty(method).map(name -> new DestinationProperty(name,
                    tools.writable(((ExecutableType) tools.types().asMemberOf(type, method)).getParameterTypes().get(0)),
                    Write.SETTER, method.getSimpleName().toString()));
        }
        if (member.getKind() == ElementKind.FIELD && !member.getModifiers().contains(Modifier.FINAL)
                && member.getModifiers().contains(Modifier.PUBLIC)) {
            VariableElement field = (VariableElement) member;
            String name = field.getSimpleName().toString();
            return Optional.of(new DestinationProperty(
                    name, tools.types().asMemberOf(type, field), Write.FIELD, name));
        }
        return Optional.empty();
    }

    /**
     * {@code withTitle(title)} returning the model (Lombok's {@code @With}, hand-written withers)
     * makes a copy: calling it on the object being filled would lose the value, so it is no setter,
     * whatever a naming strategy that sees fluent setters says. Builders' setters are not affected.
     */
    private static boolean isWither(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        return name.length() > 4 && name.startsWith("with") && Character.isUpperCase(name.charAt(4))
                && method.getReturnType().getKind() != TypeKind.VOID;
    }

    /**
     * A setter wins over a field; between two setters (an overload), the one whose parameter has
     * the getter's type, otherwise the one seen first.
     */
    private DestinationProperty prefer(DeclaredType type, DestinationProperty first, DestinationProperty later) {
        if (first.write() != later.write()) {
            return first.write() == Write.SETTER ? first : later;
        }
        Optional<TypeMirror> getterType = getterType(type, first.name());
        if (getterType.isPresent() && !tools.isSame(first.type(), getterType.get())
                && tools.isSame(later.type(), getterType.get())) {
            return later;
        }
        return first;
    }

    /** The type the getter of {@code property} returns, if {@code type} has one. */
    Optional<TypeMirror> getterType(DeclaredType type, String property) {
        for (ExecutableElement method : ElementFilter.methodsIn(tools.elements().getAllMembers(
                (TypeElement) type.asElement()))) {
            if (naming.readProperty(method).filter(property::equals).isPresent()) {
                return Optional.of(((ExecutableType) tools.types().asMemberOf(type, method)).getReturnType());
            }
        }
        return Optional.empty();
    }

    static List<TypeElement> superclassesFirst(TypeElement element) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement current = element; current != null; ) {
            if (current.getQualifiedName().contentEquals("java.lang.Object")) {
                break;
            }
            chain.add(0, current);
            TypeMirror superclass = current.getSuperclass();
            current = superclass.getKind() == TypeKind.DECLARED
                    ? (TypeElement) ((DeclaredType) superclass).asElement()
                    : null;
        }
        return chain;
    }

    private boolean sameTypes(List<TypeMirror> a, List<TypeMirror> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!tools.isSame(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> parameterNames(ExecutableElement method) {
        return method.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
    }
}
