package io.transmute.processor.model;

import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.model.ConverterConfigReader.Configuration;
import io.transmute.processor.model.ConverterConfigReader.UsesEntry;
import io.transmute.processor.model.UsedType.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads the types a converter type uses ({@code @ConverterConfig(uses = ...)}): checks that the
 * generated class can obtain each, that no type uses itself through others, and lists the methods
 * generated code may call on them.
 */
public final class UsedTypesReader {
    private final TypeTools tools;
    private final Diagnostics diagnostics;
    private final ConverterConfigReader configs;

    public UsedTypesReader(TypeTools tools, Diagnostics diagnostics, ConverterConfigReader configs) {
        this.tools = tools;
        this.diagnostics = diagnostics;
        this.configs = configs;
    }

    /** The usable types of the configuration, in the order listed; reports the others. */
    public List<UsedType> read(TypeElement type, Configuration configuration) {
        PackageElement from = tools.elements().getPackageOf(type);
        ComponentModelKind model = configuration.settings().componentModel();
        List<UsedType> used = new ArrayList<>();
        Set<TypeElement> listed = new HashSet<>();
        for (UsesEntry entry : configuration.uses()) {
            tools.requireResolved(entry.type());
            String problem = problem(entry.type(), from);
            if (problem == null) {
                TypeElement element = tools.typeElement(entry.type()).orElseThrow();
                if (!listed.add(element)) {
                    continue;
                }
                List<ExecutableElement> callable = callable(element, from);
                Kind kind = kind(element, callable);
                // A type none of whose methods generated code could call would be kept for nothing.
                problem = callable.isEmpty()
                        ? "has no method the generated class could call; give it a @Coercer or @Converter"
                                + " method, or remove it from uses"
                        : obtainingProblem(type, model, element, kind, from);
                if (problem == null) {
                    used.add(new UsedType(element, (DeclaredType) entry.type(), kind,
                            implementationName(element, kind)));
                    continue;
                }
            }
            // A shared configuration's list is reported on the type that uses it, which is where it fails.
            boolean own = entry.layer().element().equals(type);
            diagnostics.error(type, configuration.mirror(), own ? entry.value() : null, Message.USES_INVALID,
                    type.getSimpleName(), tools.display(entry.type()), problem);
        }
        reportCycle(type, configuration);
        return used;
    }

    /** Every method the generated class may call on {@code used}, or through it when static. */
    public List<UserMethod> methods(UsedType used, PackageElement from) {
        List<UserMethod> methods = new ArrayList<>();
        for (ExecutableElement method : callable(used.element(), from)) {
            ExecutableType type = (ExecutableType) tools.types().asMemberOf(used.type(), method);
            boolean isCoercer = Annotations.has(method, AnnotationNames.COERCER)
                    && !method.getModifiers().contains(Modifier.ABSTRACT) && method.getParameters().size() == 1
                    && type.getReturnType().getKind() != TypeKind.VOID && method.getTypeParameters().isEmpty()
                    && !tools.throwsChecked(method);
            methods.add(new UserMethod(method, List.copyOf(type.getParameterTypes()), type.getReturnType(),
                    isCoercer, used));
        }
        return methods;
    }

    /** The methods of {@code element} that code in {@code from} may call, but Object's. */
    private List<ExecutableElement> callable(TypeElement element, PackageElement from) {
        List<ExecutableElement> callable = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(tools.elements().getAllMembers(element))) {
            TypeElement owner = (TypeElement) method.getEnclosingElement();
            if (!owner.getQualifiedName().contentEquals("java.lang.Object")
                    && !method.getModifiers().contains(Modifier.PRIVATE) && tools.isAccessibleFrom(method, from)) {
                callable.add(method);
            }
        }
        return callable;
    }

    private Kind kind(TypeElement element, List<ExecutableElement> callable) {
        if (isConverterType(element)) {
            return Kind.CONVERTER;
        }
        if (Annotations.has(element, AnnotationNames.MAPSTRUCT_MAPPER)) {
            return Kind.MAPSTRUCT_MAPPER;
        }
        boolean allStatic = callable.stream().allMatch(method -> method.getModifiers().contains(Modifier.STATIC));
        return allStatic ? Kind.STATIC : Kind.OTHER;
    }

    /**
     * Why the generated class cannot obtain an instance of the used type, or null. The default
     * component model creates it; a container injects it, which it cannot do for a converter it
     * does not create.
     */
    private String obtainingProblem(TypeElement type, ComponentModelKind model, TypeElement element, Kind kind,
            PackageElement from) {
        if (kind == Kind.STATIC) {
            return null;
        }
        if (!model.isInjected()) {
            return creationProblem(element, kind, from);
        }
        if (kind == Kind.CONVERTER) {
            ComponentModelKind usedModel = configs.readQuietly(element).settings().componentModel();
            if (!usedModel.isInjected()) {
                return "has the component model " + usedModel + ", so no container creates it to pass to "
                        + type.getSimpleName() + " (component model " + model + "); give both types the same"
                        + " component model";
            }
        }
        // Another bean is the application's to declare (as is a MapStruct mapper's component model).
        return null;
    }

    /** Why the generated class in {@code from} cannot hold a {@code type}, or null. */
    private String problem(TypeMirror type, PackageElement from) {
        Optional<TypeElement> element = tools.typeElement(type);
        if (element.isEmpty() || !(element.get().getKind() == ElementKind.CLASS
                || element.get().getKind() == ElementKind.INTERFACE)) {
            return "is not a class or interface";
        }
        if (!element.get().getTypeParameters().isEmpty()) {
            return "is generic; use a subtype that gives its type arguments";
        }
        Optional<TypeElement> inaccessible = tools.inaccessiblePart(type, from);
        if (inaccessible.isPresent()) {
            return "is not accessible from package " + from.getQualifiedName() + "; make "
                    + inaccessible.get().getSimpleName() + " public";
        }
        return null;
    }

    /**
     * Why the default component model cannot create the used type itself, or null: it creates a
     * converter type's or MapStruct mapper's implementation, or another class through its
     * no-argument constructor.
     */
    private String creationProblem(TypeElement element, Kind kind, PackageElement from) {
        if (kind == Kind.CONVERTER) {
            Configuration configuration = configs.readQuietly(element);
            ComponentModelKind model = configuration.settings().componentModel();
            if (model.isInjected() && !configuration.uses().isEmpty()) {
                return "a container creates (component model " + model + "), passing it the converters it uses;"
                        + " give both types the same component model";
            }
            return null;
        }
        if (kind == Kind.MAPSTRUCT_MAPPER) {
            // A container's MapStruct implementation may lack the no-argument constructor, or have
            // its own used mappers left unset.
            String mapStructModel = Annotations.find(element, AnnotationNames.MAPSTRUCT_MAPPER)
                    .map(mapper -> Annotations.string(mapper, "componentModel")).orElse("");
            return mapStructModel.isEmpty() || mapStructModel.equals("default") ? null
                    : "a container creates (MapStruct componentModel = \"" + mapStructModel + "\"); give the"
                            + " converter type a component model too";
        }
        boolean concrete = element.getKind() == ElementKind.CLASS && !element.getModifiers().contains(Modifier.ABSTRACT)
                && (element.getNestingKind() != NestingKind.MEMBER || element.getModifiers().contains(Modifier.STATIC));
        boolean constructible = concrete && ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
                .anyMatch(constructor -> constructor.getParameters().isEmpty()
                        && tools.isAccessibleFrom(constructor, from) && !tools.throwsChecked(constructor));
        return constructible ? null
                : "is neither a Transmute converter type, a MapStruct mapper nor a class with an accessible"
                        + " no-argument constructor, so the generated class cannot create it";
    }

    /** Whether Transmute generates an implementation of the type: it has abstract @Converter methods. */
    private boolean isConverterType(TypeElement element) {
        boolean abstractType = element.getKind() == ElementKind.INTERFACE
                || element.getModifiers().contains(Modifier.ABSTRACT);
        return abstractType && ElementFilter.methodsIn(tools.elements().getAllMembers(element)).stream()
                .anyMatch(method -> method.getModifiers().contains(Modifier.ABSTRACT)
                        && Annotations.has(method, AnnotationNames.CONVERTER));
    }

    /**
     * The class that implements a converter type ({@code Outer_InnerImpl}) or a MapStruct mapper
     * (MapStruct's default naming, {@code <CLASS_NAME>Impl} in the mapper's package); null for others.
     */
    private String implementationName(TypeElement element, Kind kind) {
        String packageName = tools.elements().getPackageOf(element).getQualifiedName().toString();
        String simpleName = switch (kind) {
            case CONVERTER -> TypeTools.nestedSimpleName(element).replace('.', '_') + "Impl";
            case MAPSTRUCT_MAPPER -> mapStructImplementation(element);
            default -> null;
        };
        return simpleName == null ? null : (packageName.isEmpty() ? "" : packageName + ".") + simpleName;
    }

    /** MapStruct names a nested mapper's implementation after the enclosing types, joined by '$'. */
    private static String mapStructImplementation(TypeElement element) {
        return TypeTools.nestedSimpleName(element).replace('.', '$') + "Impl";
    }

    /** A type that uses itself, directly or through the types it uses, would need itself to be created. */
    private void reportCycle(TypeElement type, Configuration configuration) {
        List<TypeElement> path = new ArrayList<>();
        path.add(type);
        if (findCycle(type, usedElements(configuration), path, new LinkedHashSet<>())) {
            diagnostics.error(type, configuration.mirror(), null, Message.USES_CYCLE, type.getSimpleName(),
                    path.stream().map(TypeTools::nestedSimpleName).collect(Collectors.joining(" -> ")));
        }
    }

    private boolean findCycle(TypeElement start, List<TypeElement> uses, List<TypeElement> path,
            Set<TypeElement> visited) {
        for (TypeElement used : uses) {
            path.add(used);
            if (used.equals(start)) {
                return true;
            }
            if (visited.add(used) && findCycle(start, usedElements(configs.readQuietly(used)), path, visited)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private List<TypeElement> usedElements(Configuration configuration) {
        return configuration.uses().stream()
                .map(entry -> tools.typeElement(entry.type()))
                .flatMap(Optional::stream)
                .toList();
    }
}
