package io.transmute.processor.model;

import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import io.transmute.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a converter type into a {@link ConverterType}, reporting what makes it impossible to
 * implement: a wrong kind of type, abstract methods that are not converters, bad signatures.
 */
public final class ConverterTypeReader {
    private final TypeTools tools;
    private final Diagnostics diagnostics;
    private final ConverterConfigReader configs;
    private final UsedTypesReader usedTypes;
    /** The defaults of the type being read, for the attributes its methods leave out. */
    private ConverterSettings settings = ConverterSettings.BUILT_IN;

    /** @param projectDefaults the settings the processor options give */
    public ConverterTypeReader(TypeTools tools, Diagnostics diagnostics, ConverterSettings projectDefaults) {
        this.tools = tools;
        this.diagnostics = diagnostics;
        this.configs = new ConverterConfigReader(tools, diagnostics, projectDefaults);
        this.usedTypes = new UsedTypesReader(tools, diagnostics, configs);
    }

    public ConverterType read(TypeElement element) {
        // Coercers may live in a supertype that another processor has not generated yet.
        tools.requireResolvedSupertypes(element);
        checkImplementable(element);
        ConverterConfigReader.Configuration configuration = configs.read(element);
        settings = configuration.settings();
        List<UsedType> uses = usedTypes.read(element, configuration);
        configs.checkClassPath(element, configuration, uses.stream().anyMatch(UsedType::needsInstance));
        List<UserMethod> usedMethods = new ArrayList<>();
        for (UsedType used : uses) {
            usedMethods.addAll(usedTypes.methods(used, tools.elements().getPackageOf(element)));
        }
        DeclaredType type = (DeclaredType) element.asType();
        List<UserMethod> methods = new ArrayList<>();
        List<ConverterMethod> converters = new ArrayList<>();
        Set<String> abstractSignatures = new HashSet<>();
        for (ExecutableElement method : callableMethods(element)) {
            ExecutableType methodType = (ExecutableType) tools.types().asMemberOf(type, method);
            // Generated code may call any of these methods: their types must exist.
            methodType.getParameterTypes().forEach(tools::requireResolved);
            tools.requireResolved(methodType.getReturnType());
            boolean isCoercer = Annotations.has(method, AnnotationNames.COERCER);
            boolean isAbstract = method.getModifiers().contains(Modifier.ABSTRACT);
            if (isCoercer) {
                checkCoercer(method, element);
            } else if (!isCallable(method, element)) {
                continue;
            }
            // The same abstract method inherited from two interfaces is implemented once, and
            // one an interface redeclares from Object is implemented by Object (an abstract
            // class's redeclaration is not).
            boolean implementedByObject = element.getKind().isInterface() && isObjectMethod(method);
            if (isAbstract && (!abstractSignatures.add(signature(method, methodType)) || implementedByObject)) {
                continue;
            }
            methods.add(new UserMethod(method, List.copyOf(methodType.getParameterTypes()),
                    methodType.getReturnType(), isCoercer));
            Optional<AnnotationMirror> converter = Annotations.find(method, AnnotationNames.CONVERTER);
            if (converter.isPresent() && isAbstract) {
                readConverter(method, methodType, converter.get()).ifPresent(converters::add);
            } else if (converter.isPresent()) {
                diagnostics.error(method, Message.NOT_ABSTRACT, method.getSimpleName());
            } else if (isAbstract && !isCoercer) {
                diagnostics.error(anchorIn(element, method), Message.ABSTRACT_NOT_CONVERTER,
                        describe(method), element.getSimpleName() + "Impl");
            }
        }
        return new ConverterType(element, tools.elements().getPackageOf(element), converters, methods,
                settings.componentModel(), List.copyOf(uses), List.copyOf(usedMethods));
    }

    private void checkImplementable(TypeElement element) {
        String problem = null;
        if (element.getModifiers().contains(Modifier.PRIVATE)) {
            problem = "it is private; make it package-private or public";
        } else if (element.getKind() == ElementKind.CLASS && element.getNestingKind() == NestingKind.MEMBER
                && !element.getModifiers().contains(Modifier.STATIC)) {
            problem = "it is an inner class; make it static";
        } else if (element.getModifiers().contains(Modifier.SEALED)) {
            problem = "it is sealed, so the generated class may not extend it";
        } else if (element.getNestingKind() == NestingKind.LOCAL
                || element.getNestingKind() == NestingKind.ANONYMOUS) {
            problem = "it is a local type; declare it at the top level or as a member";
        } else if (element.getKind() == ElementKind.CLASS && ElementFilter.constructorsIn(
                element.getEnclosedElements()).stream().noneMatch(c -> c.getParameters().isEmpty()
                        && !c.getModifiers().contains(Modifier.PRIVATE) && !tools.throwsChecked(c))) {
            problem = "it has no non-private no-argument constructor that throws no checked exception"
                    + " for the generated subclass to call";
        }
        if (problem != null) {
            diagnostics.error(element, Message.TYPE_NOT_IMPLEMENTABLE, element.getQualifiedName(), problem);
        }
    }

    private Optional<ConverterMethod> readConverter(
            ExecutableElement method, ExecutableType methodType, AnnotationMirror converter) {
        methodType.getParameterTypes().forEach(tools::requireResolved);
        tools.requireResolved(methodType.getReturnType());
        int errors = diagnostics.errorCount();
        if (method.getParameters().isEmpty()) {
            diagnostics.error(method, Message.NO_SOURCE, method.getSimpleName());
        }
        List<Integer> into = new ArrayList<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            if (Annotations.has(method.getParameters().get(i), AnnotationNames.INTO)) {
                into.add(i);
            }
        }
        if (into.size() > 1 || into.contains(0)) {
            diagnostics.error(method.getParameters().get(into.contains(0) ? 0 : into.get(1)), Message.INTO_MISPLACED,
                    method.getSimpleName());
        } else if (into.size() == 1) {
            TypeMirror target = methodType.getParameterTypes().get(into.get(0));
            TypeMirror result = methodType.getReturnType();
            if (result.getKind() != TypeKind.VOID && !tools.isSame(result, target)) {
                diagnostics.error(method, Message.INTO_RESULT, method.getSimpleName(), tools.display(result),
                        tools.display(target));
            }
        } else if (methodType.getReturnType().getKind() == TypeKind.VOID) {
            diagnostics.error(method, Message.VOID_RESULT, method.getSimpleName());
        }
        if (!method.getTypeParameters().isEmpty()) {
            diagnostics.error(method, Message.GENERIC_METHOD, method.getSimpleName());
        }
        if (diagnostics.errorCount() > errors) {
            return Optional.empty();
        }
        List<ConverterMethod.Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            parameters.add(new ConverterMethod.Parameter(method.getParameters().get(i),
                    method.getParameters().get(i).getSimpleName().toString(),
                    methodType.getParameterTypes().get(i), into.contains(i)));
        }
        List<LinkDecl> links = new ArrayList<>();
        List<AnnotationMirror> linkMirrors = Annotations.repeatable(method, AnnotationNames.LINK, AnnotationNames.LINKS);
        List<Anchor.Repeat> linkPositions =
                Annotations.repeatPositions(method, AnnotationNames.LINK, AnnotationNames.LINKS);
        for (int i = 0; i < linkMirrors.size(); i++) {
            links.add(LinkDecl.read(method, linkMirrors.get(i), linkPositions.get(i)));
        }
        List<ConstantDecl> constants = new ArrayList<>();
        List<AnnotationMirror> constantMirrors = Annotations.repeatable(
                method, AnnotationNames.LINK_CONSTANT, AnnotationNames.LINK_CONSTANTS);
        List<Anchor.Repeat> constantPositions = Annotations.repeatPositions(
                method, AnnotationNames.LINK_CONSTANT, AnnotationNames.LINK_CONSTANTS);
        for (int i = 0; i < constantMirrors.size(); i++) {
            constants.add(ConstantDecl.read(method, constantMirrors.get(i), constantPositions.get(i)));
        }
        List<AllowUnlinkedDecl> allowUnlinked = new ArrayList<>();
        for (Map.Entry<String, AnnotationValue> path : Annotations.strings(converter, "allowUnlinked")) {
            allowUnlinked.add(new AllowUnlinkedDecl(method, converter, path.getValue(), path.getKey()));
        }
        TypeMirror destination = into.isEmpty()
                ? methodType.getReturnType() : methodType.getParameterTypes().get(into.get(0));
        return Optional.of(new ConverterMethod(method, parameters, destination,
                links, constants, allowUnlinked, unloadedPolicy(converter), referencePolicy(converter),
                nullPolicy(converter), unlinkedPolicy(converter), builders(converter)));
    }

    // An attribute the method leaves out takes the converter type's setting (its @ConverterConfig,
    // then the processor option, then the built-in default).

    private UnloadedPolicy unloadedPolicy(AnnotationMirror converter) {
        return enumValue(converter, "unloaded", UnloadedPolicy.class, settings.unloaded());
    }

    private ConverterMethod.NullPolicy nullPolicy(AnnotationMirror converter) {
        return enumValue(converter, "nulls", ConverterMethod.NullPolicy.class, settings.nulls());
    }

    private UnlinkedPolicy unlinkedPolicy(AnnotationMirror converter) {
        return enumValue(converter, "unlinked", UnlinkedPolicy.class, settings.unlinked());
    }

    private boolean builders(AnnotationMirror converter) {
        AnnotationValue value = Annotations.explicitValue(converter, "builders");
        return value != null && value.getValue() instanceof Boolean enabled ? enabled : settings.builders();
    }

    private ReferencePolicy referencePolicy(AnnotationMirror converter) {
        return enumValue(converter, "references", ReferencePolicy.class, settings.references());
    }

    private static <E extends Enum<E>> E enumValue(AnnotationMirror converter, String attribute, Class<E> type,
            E fallback) {
        AnnotationValue value = Annotations.explicitValue(converter, attribute);
        return value != null && value.getValue() instanceof VariableElement constant
                ? ConverterConfigReader.constantOf(type, constant.getSimpleName().toString(), fallback)
                : fallback;
    }

    private void checkCoercer(ExecutableElement method, TypeElement converterType) {
        String requirement = null;
        if (method.getModifiers().contains(Modifier.ABSTRACT)) {
            requirement = "have a body (be static or default)";
        } else if (method.getModifiers().contains(Modifier.PRIVATE)) {
            requirement = "not be private, so that the generated class can call it";
        } else if (!isCallable(method, converterType)) {
            requirement = "be accessible from package " + tools.elements().getPackageOf(converterType)
                    + ", so that the generated class can call it";
        } else if (tools.throwsChecked(method)) {
            requirement = "not throw a checked exception (it declares " + method.getThrownTypes()
                    + "), which the generated converter could not declare";
        } else if (method.getParameters().size() != 1) {
            requirement = "take exactly one parameter, the value to convert";
        } else if (method.getReturnType().getKind() == TypeKind.VOID) {
            requirement = "return the converted value, not void";
        } else if (!method.getTypeParameters().isEmpty()) {
            requirement = "not declare type parameters";
        }
        if (requirement != null) {
            diagnostics.error(method, Message.INVALID_COERCER_METHOD, method.getSimpleName(), requirement);
        }
    }

    /**
     * Every method generated code may call or must implement: declared and inherited instance
     * methods, plus the static methods of the type and its supertypes, which Java does not inherit
     * for interfaces but Transmute looks up there so that a team can share coercers.
     */
    private List<ExecutableElement> callableMethods(TypeElement element) {
        Set<ExecutableElement> methods = new LinkedHashSet<>();
        for (ExecutableElement method : ElementFilter.methodsIn(tools.elements().getAllMembers(element))) {
            if (!((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")) {
                methods.add(declaration(method));
            }
        }
        Set<TypeElement> visited = new HashSet<>();
        collectStatics(element, methods, visited);
        return new ArrayList<>(methods);
    }

    /**
     * The method as its type declares it. ECJ lists a method inherited from a parameterized
     * supertype ({@code Mapper extends Base<Item, ItemDto>}) as a copy whose parameters lost their
     * names ({@code arg0}); javac lists the declaration itself.
     */
    private ExecutableElement declaration(ExecutableElement method) {
        List<ExecutableElement> candidates = ElementFilter.methodsIn(method.getEnclosingElement().getEnclosedElements())
                .stream()
                .filter(candidate -> candidate.getSimpleName().contentEquals(method.getSimpleName())
                        && candidate.getParameters().size() == method.getParameters().size())
                .toList();
        if (candidates.contains(method)) {
            return method;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        return candidates.stream().filter(candidate -> sameErasures(candidate, method)).findFirst().orElse(method);
    }

    private boolean sameErasures(ExecutableElement a, ExecutableElement b) {
        for (int i = 0; i < a.getParameters().size(); i++) {
            if (!tools.isSame(tools.types().erasure(a.getParameters().get(i).asType()),
                    tools.types().erasure(b.getParameters().get(i).asType()))) {
                return false;
            }
        }
        return true;
    }

    private void collectStatics(TypeElement type, Set<ExecutableElement> methods, Set<TypeElement> visited) {
        if (!visited.add(type) || type.getQualifiedName().contentEquals("java.lang.Object")) {
            return;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.STATIC) && !method.getModifiers().contains(Modifier.PRIVATE)) {
                methods.add(method);
            }
        }
        for (TypeMirror supertype : tools.types().directSupertypes(type.asType())) {
            tools.typeElement(supertype).ifPresent(s -> collectStatics(s, methods, visited));
        }
    }

    /**
     * Whether the generated class can call the method: public, in the same package, or protected
     * in a superclass of the generated subclass.
     */
    private boolean isCallable(ExecutableElement method, TypeElement converterType) {
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE)) {
            return false;
        }
        boolean inheritedByClass = modifiers.contains(Modifier.PROTECTED)
                && converterType.getKind() == ElementKind.CLASS && !modifiers.contains(Modifier.STATIC);
        return inheritedByClass || tools.isAccessibleFrom(method, tools.elements().getPackageOf(converterType));
    }

    private String signature(ExecutableElement method, ExecutableType methodType) {
        return method.getSimpleName().toString() + methodType.getParameterTypes().stream()
                .map(parameter -> tools.types().erasure(parameter).toString()).toList();
    }

    /** {@code String toString();} in an interface: java.lang.Object implements it. */
    private boolean isObjectMethod(ExecutableElement method) {
        TypeElement object = tools.elements().getTypeElement("java.lang.Object");
        for (ExecutableElement objectMethod : ElementFilter.methodsIn(object.getEnclosedElements())) {
            if (objectMethod.getModifiers().contains(Modifier.PUBLIC)
                    && objectMethod.getSimpleName().equals(method.getSimpleName())
                    && tools.types().isSubsignature((ExecutableType) method.asType(),
                            (ExecutableType) objectMethod.asType())) {
                return true;
            }
        }
        return false;
    }

    /** Report on the method when it is declared here, on the type when it is inherited. */
    private static Element anchorIn(TypeElement type, ExecutableElement method) {
        return method.getEnclosingElement().equals(type) ? method : type;
    }

    private static String describe(ExecutableElement method) {
        return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
    }
}
