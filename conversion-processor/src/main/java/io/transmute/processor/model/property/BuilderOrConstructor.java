package io.transmute.processor.model.property;

import io.transmute.processor.model.TypeCompleteness;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.DestinationProperty.Write;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;

/**
 * Creates a destination through its builder when the converter method allows builders and the
 * {@link BuilderLookup} finds one (an abstract value type, as Immutables declares them, is then
 * created too); otherwise through its constructor and setters ({@link ConstructorOrSetters}).
 * Updates in place never use builders. Another processor that has not finished a type (Lombok)
 * makes the converter type wait.
 */
public final class BuilderOrConstructor implements DestinationConstruction {
    private final TypeTools tools;
    private final AccessorNaming naming;
    private final BuilderLookup builders;
    private final TypeCompleteness completeness;
    private final CheckedExceptions checkedExceptions;
    private final ConstructorOrSetters constructors;

    public BuilderOrConstructor(TypeTools tools, AccessorNaming naming, BuilderLookup builders,
            TypeCompleteness completeness) {
        this.tools = tools;
        this.naming = naming;
        this.builders = builders;
        this.completeness = completeness;
        this.constructors = new ConstructorOrSetters(tools, naming);
        this.checkedExceptions = new CheckedExceptions(tools);
    }

    @Override
    public Construction construction(DeclaredType type, PackageElement fromPackage, boolean useBuilders)
            throws NotConstructible {
        completeness.requireComplete(type);
        TypeElement element = (TypeElement) type.asElement();
        if (useBuilders && element.getKind() != ElementKind.ENUM) {
            Optional<BuilderLookup.Builder> builder = builders.builderOf(type);
            if (builder.isPresent()) {
                return throughBuilder(type, builder.get(), fromPackage);
            }
        }
        return constructors.construction(type, fromPackage);
    }

    @Override
    public List<DestinationProperty> updatableProperties(DeclaredType type, PackageElement fromPackage)
            throws NotConstructible {
        completeness.requireComplete(type);
        return constructors.updatableProperties(type, fromPackage);
    }

    private Construction throughBuilder(DeclaredType type, BuilderLookup.Builder builder, PackageElement fromPackage)
            throws NotConstructible {
        ExecutableElement creation = builder.creation();
        TypeElement owner = (TypeElement) creation.getEnclosingElement();
        if (!tools.isAccessibleFrom(creation, fromPackage) || tools.inaccessiblePart(owner.asType(), fromPackage).isPresent()) {
            throw new NotConstructible("its builder is created by " + describe(creation) + ", which is not accessible"
                    + " from package " + fromPackage + "; make it accessible, or set builders = false");
        }
        List<TypeMirror> typeArguments = new ArrayList<>();
        DeclaredType builderType = builderType(type, creation, typeArguments);
        // Members are resolved on a captured type: a builder declared as BookBuilder<?, ?> has setters
        // returning its type variables.
        DeclaredType members = (DeclaredType) tools.types().capture(builderType);
        ExecutableElement build = buildMethod(type, members, builder.buildMethods());
        requireNothingChecked(creation, build, members, fromPackage);
        List<DestinationProperty> setters = builderSetters(type, members, fromPackage);
        setters.addAll(collectionAdders(type, members, fromPackage, setters));
        boolean fluent = setters.stream().allMatch(setter -> returnsBuilder(members, setter.writer()));
        List<String> written = setters.stream().map(DestinationProperty::name).toList();
        List<String> unwritable = readProperties(type, fromPackage).stream()
                .filter(name -> !written.contains(name)).toList();
        return new Construction(type, setters, new BuilderCreation(creation, builderType, List.copyOf(typeArguments),
                build.getSimpleName().toString(), fluent, unwritable));
    }

    /** Generated code calls the creation method, the setters and the build method: none may throw a checked exception. */
    private void requireNothingChecked(ExecutableElement creation, ExecutableElement build, DeclaredType builderType,
            PackageElement fromPackage) throws NotConstructible {
        String fix = ": set builders = false, or create it in a @Coercer method that handles the exception";
        if (checkedExceptions.thrownBy(creation).isPresent()) {
            throw new NotConstructible(checkedExceptions.reason("its builder creation", creation) + fix);
        }
        if (checkedExceptions.thrownBy(build).isPresent()) {
            throw new NotConstructible(checkedExceptions.reason("its build method", build) + fix);
        }
        for (ExecutableElement method : ElementFilter.methodsIn(tools.elements().getAllMembers(
                (TypeElement) builderType.asElement()))) {
            boolean setter = naming.writeProperty(method).isPresent()
                    || method.getSimpleName().toString().startsWith("addAll")
                    || method.getSimpleName().toString().startsWith("putAll");
            if (setter && !method.getModifiers().contains(Modifier.STATIC)
                    && !((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")
                    && tools.isAccessibleFrom(method, fromPackage) && checkedExceptions.thrownBy(method).isPresent()) {
                throw new NotConstructible(checkedExceptions.reason("its builder's setter", method) + fix);
            }
        }
    }

    /**
     * The only build method, or the one named build among several. A provider may offer a
     * superclass's builder (MapStruct's default looks in superclasses): one that builds no
     * {@code type} cannot create it.
     */
    private ExecutableElement buildMethod(DeclaredType type, DeclaredType builderType, List<ExecutableElement> offered)
            throws NotConstructible {
        List<ExecutableElement> buildMethods = offered.stream()
                .filter(method -> tools.isAssignable(memberType(builderType, method).getReturnType(), type))
                .toList();
        if (buildMethods.isEmpty()) {
            throw new NotConstructible("its builder " + tools.display(builderType) + " has no build method that"
                    + " returns a " + tools.display(type) + " (" + offered.stream()
                            .map(method -> method.getSimpleName() + "() returns "
                                    + tools.display(memberType(builderType, method).getReturnType()))
                            .collect(Collectors.joining(", "))
                    + "); set builders = false, or give it its own builder");
        }
        if (buildMethods.size() == 1) {
            return buildMethods.get(0);
        }
        List<ExecutableElement> named = buildMethods.stream()
                .filter(method -> method.getSimpleName().contentEquals("build")).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        throw new NotConstructible("its builder has several build methods (" + buildMethods.stream()
                .map(method -> method.getSimpleName() + "()").collect(Collectors.joining(", "))
                + ") and none is named build; set builders = false, or choose one with a MapStruct"
                + " BuilderProvider plug-in");
    }

    /**
     * The builder's type: what the creation method returns, or the class whose constructor it is.
     * A generic builder ({@code <T> BoxBuilder<T> builder()}, as Lombok writes it) is given the
     * destination's type arguments, which {@code typeArguments} receives for the call.
     */
    private DeclaredType builderType(DeclaredType type, ExecutableElement creation, List<TypeMirror> typeArguments)
            throws NotConstructible {
        TypeMirror created = creation.getKind() == ElementKind.CONSTRUCTOR
                ? creation.getEnclosingElement().asType() : creation.getReturnType();
        if (!(created instanceof DeclaredType declared)) {
            throw new NotConstructible("its builder creation method " + describe(creation) + " returns no class");
        }
        TypeElement builderElement = (TypeElement) declared.asElement();
        List<? extends TypeParameterElement> variables = creation.getKind() == ElementKind.CONSTRUCTOR
                ? builderElement.getTypeParameters() : creation.getTypeParameters();
        if (variables.isEmpty() && !hasTypeVariables(declared)) {
            return declared;
        }
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        boolean destinationsArguments = variables.size() == arguments.size()
                && declared.getTypeArguments().size() == variables.size()
                && sameVariables(declared.getTypeArguments(), variables);
        if (!destinationsArguments) {
            throw new NotConstructible("its builder " + tools.display(declared) + " is generic in a way Transmute"
                    + " cannot resolve; set builders = false");
        }
        if (creation.getKind() != ElementKind.CONSTRUCTOR) {
            typeArguments.addAll(arguments);
        }
        return tools.types().getDeclaredType(builderElement, arguments.toArray(new TypeMirror[0]));
    }

    private static boolean hasTypeVariables(DeclaredType type) {
        return type.getTypeArguments().stream().anyMatch(argument -> argument.getKind() == TypeKind.TYPEVAR);
    }

    private static boolean sameVariables(List<? extends TypeMirror> arguments, List<? extends TypeParameterElement> variables) {
        for (int i = 0; i < arguments.size(); i++) {
            if (!(arguments.get(i) instanceof TypeVariable variable) || !variable.asElement().equals(variables.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The builder's setters, superclass members first, each class in declaration order. Of an
     * overload, the one taking what the built type's getter returns is planned, the others kept as
     * alternatives for a value that fits one of them better (Immutables' {@code subtitle(String)}
     * beside {@code subtitle(Optional<? extends String>)}).
     */
    private List<DestinationProperty> builderSetters(DeclaredType type, DeclaredType builderType,
            PackageElement fromPackage) {
        Map<String, List<DestinationProperty>> byName = new LinkedHashMap<>();
        for (TypeElement owner : ConstructorOrSetters.superclassesFirst((TypeElement) builderType.asElement())) {
            for (Element member : owner.getEnclosedElements()) {
                if (member.getKind() != ElementKind.METHOD || member.getModifiers().contains(Modifier.STATIC)
                        || !tools.isAccessibleFrom(member, fromPackage)) {
                    continue;
                }
                ExecutableElement method = (ExecutableElement) member;
                if (isBulkAdder(method)) {
                    continue; // collectionAdders() decides about it, whatever the naming strategy says
                }
                naming.writeProperty(method).ifPresent(name -> byName.computeIfAbsent(name, n -> new ArrayList<>())
                        .add(new DestinationProperty(name,
                                tools.writable(memberType(builderType, method).getParameterTypes().get(0)),
                                Write.BUILDER, method.getSimpleName().toString())));
            }
        }
        List<DestinationProperty> setters = new ArrayList<>();
        byName.forEach((name, found) -> setters.add(planned(type, found)));
        return setters;
    }

    /** The overload of one name (an override seen twice counts once) to plan, with the others as alternatives. */
    private DestinationProperty planned(DeclaredType type, List<DestinationProperty> found) {
        DestinationProperty first = found.get(0);
        List<TypeMirror> types = new ArrayList<>();
        for (DestinationProperty setter : found) {
            if (setter.writer().equals(first.writer())
                    && types.stream().noneMatch(known -> tools.isSame(known, setter.type()))) {
                types.add(setter.type());
            }
        }
        if (types.size() == 1) {
            return first;
        }
        Optional<TypeMirror> getterType = constructors.getterType(type, first.name());
        TypeMirror chosen = getterType.flatMap(read -> types.stream()
                        .filter(candidate -> tools.isSame(candidate, read)).findFirst()
                        .or(() -> types.stream().filter(candidate -> tools.isAssignable(read, candidate)).findFirst()))
                .orElse(types.get(0));
        List<TypeMirror> others = new ArrayList<>(types);
        others.remove(chosen);
        return new DestinationProperty(first.name(), chosen, Write.BUILDER, first.writer(), others);
    }

    /**
     * Collections and maps the builder fills only through {@code addAllX(Iterable)} or
     * {@code putAllX(Map)} (protobuf's repeated and map fields: {@code addAllTags}, {@code putAllScores},
     * no {@code setTags} or {@code setScores}): property {@code x} when the built type reads one of that
     * name and no setter writes it. It takes a {@code List} of the adder's elements, or a {@code Map}.
     */
    private List<DestinationProperty> collectionAdders(DeclaredType type, DeclaredType builderType,
            PackageElement fromPackage, List<DestinationProperty> setters) {
        List<DestinationProperty> adders = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(tools.elements().getAllMembers(
                (TypeElement) builderType.asElement()))) {
            String methodName = method.getSimpleName().toString();
            boolean addAll = methodName.startsWith("addAll");
            if (!isBulkAdder(method) || method.getParameters().size() != 1
                    || method.getModifiers().contains(Modifier.STATIC) || !tools.isAccessibleFrom(method, fromPackage)) {
                continue;
            }
            String name = Character.toLowerCase(methodName.charAt(6)) + methodName.substring(7);
            boolean taken = setters.stream().anyMatch(setter -> setter.name().equals(name))
                    || adders.stream().anyMatch(adder -> adder.name().equals(name));
            if (taken || constructors.getterType(type, name).isEmpty()) {
                continue;
            }
            TypeMirror parameter = memberType(builderType, method).getParameterTypes().get(0);
            containerTaken(parameter, addAll).ifPresent(container ->
                    adders.add(new DestinationProperty(name, container, Write.BUILDER, methodName)));
        }
        return adders;
    }

    /**
     * {@code addAllTags(...)}, {@code putAllScores(...)}: a builder's bulk adder, never a setter of a
     * property named after the method (MapStruct's default strategy takes {@code putAllScores} for a
     * fluent setter).
     */
    private static boolean isBulkAdder(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        return (name.startsWith("addAll") || name.startsWith("putAll")) && name.length() > 6
                && Character.isUpperCase(name.charAt(6));
    }

    /** {@code List<E>} for an {@code Iterable<? extends E>} parameter, {@code Map<K, V>} for a map one. */
    private Optional<TypeMirror> containerTaken(TypeMirror parameter, boolean iterable) {
        String owner = iterable ? "java.lang.Iterable" : "java.util.Map";
        Optional<DeclaredType> supertype = tools.asSupertype(parameter, owner);
        int arguments = iterable ? 1 : 2;
        if (supertype.isEmpty() || supertype.get().getTypeArguments().size() != arguments) {
            return Optional.empty();
        }
        TypeMirror[] readable = supertype.get().getTypeArguments().stream().map(tools::readable)
                .toArray(TypeMirror[]::new);
        TypeElement container = tools.elements().getTypeElement(iterable ? "java.util.List" : "java.util.Map");
        return Optional.of(tools.types().getDeclaredType(container, readable));
    }

    /** The properties the built type has getters for, by the naming strategy. */
    private List<String> readProperties(DeclaredType type, PackageElement fromPackage) {
        List<String> names = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(tools.elements().getAllMembers(
                (TypeElement) type.asElement()))) {
            if (method.getModifiers().contains(Modifier.STATIC) || !tools.isAccessibleFrom(method, fromPackage)
                    || ((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")) {
                continue;
            }
            naming.readProperty(method).filter(name -> !names.contains(name)).ifPresent(names::add);
        }
        return names;
    }

    private boolean returnsBuilder(DeclaredType builderType, String setter) {
        for (TypeElement owner : ConstructorOrSetters.superclassesFirst((TypeElement) builderType.asElement())) {
            for (Element member : owner.getEnclosedElements()) {
                if (member.getKind() == ElementKind.METHOD && member.getSimpleName().contentEquals(setter)
                        && ((ExecutableElement) member).getParameters().size() == 1) {
                    TypeMirror returned = memberType(builderType, (ExecutableElement) member).getReturnType();
                    return tools.isAssignable(returned, builderType);
                }
            }
        }
        return false;
    }

    private ExecutableType memberType(DeclaredType owner, ExecutableElement method) {
        return (ExecutableType) tools.types().asMemberOf(owner, method);
    }

    private static String describe(ExecutableElement creation) {
        TypeElement owner = (TypeElement) creation.getEnclosingElement();
        return creation.getKind() == ElementKind.CONSTRUCTOR
                ? "the constructor of " + TypeTools.nestedSimpleName(owner)
                : TypeTools.nestedSimpleName(owner) + "." + creation.getSimpleName() + "()";
    }
}
