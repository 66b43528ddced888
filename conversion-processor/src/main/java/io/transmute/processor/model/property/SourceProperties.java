package io.transmute.processor.model.property;

import io.transmute.processor.model.TypeCompleteness;
import io.transmute.processor.model.TypeTools;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the readable properties of a source model: record accessors, getters and public fields,
 * declared or inherited, with types resolved against the model's type arguments, and the presence
 * checkers ({@code hasTitle()}) that say whether a property holds a value.
 */
public final class SourceProperties {
    private final TypeTools tools;
    private final AccessorNaming naming;
    private final TypeCompleteness completeness;
    private final Predicate<TypeElement> gettersOnly;
    private final CheckedExceptions checkedExceptions;

    /**
     * @param gettersOnly types whose fields are never read: on a JPA entity, which may be a
     *     Hibernate proxy, only the getters hold the values
     */
    public SourceProperties(TypeTools tools, AccessorNaming naming, TypeCompleteness completeness,
            Predicate<TypeElement> gettersOnly) {
        this.tools = tools;
        this.naming = naming;
        this.completeness = completeness;
        this.gettersOnly = gettersOnly;
        this.checkedExceptions = new CheckedExceptions(tools);
    }

    /** The properties by name; an accessor method wins over a field of the same name. */
    public Map<String, SourceProperty> of(DeclaredType type, PackageElement fromPackage) {
        TypeElement element = (TypeElement) type.asElement();
        tools.requireResolvedSupertypes(element);
        completeness.requireComplete(type);
        Map<String, SourceProperty> properties = new LinkedHashMap<>();
        for (RecordComponentElement component : element.getRecordComponents()) {
            ExecutableElement accessor = component.getAccessor();
            properties.put(component.getSimpleName().toString(), new SourceProperty(
                    component.getSimpleName().toString(), returnType(type, accessor),
                    accessor.getSimpleName().toString(), true));
        }
        for (Element member : tools.elements().getAllMembers(element)) {
            if (!isReadable(member, fromPackage)) {
                continue;
            }
            if (member.getKind() == ElementKind.METHOD) {
                ExecutableElement method = (ExecutableElement) member;
                Optional<String> name = naming.readProperty(method);
                // A getter that declares a checked exception cannot be called from generated code.
                if (name.isPresent() && !properties.containsKey(name.get())
                        && checkedExceptions.thrownBy(method).isEmpty()) {
                    properties.put(name.get(), new SourceProperty(name.get(), returnType(type, method),
                            method.getSimpleName().toString(), true));
                }
            }
        }
        if (!gettersOnly.test(element)) {
            for (Element member : tools.elements().getAllMembers(element)) {
                if (member.getKind() == ElementKind.FIELD && isReadable(member, fromPackage)) {
                    String name = member.getSimpleName().toString();
                    properties.putIfAbsent(name, new SourceProperty(
                            name, tools.readable(tools.types().asMemberOf(type, member)), name, false));
                }
            }
        }
        addPresenceCheckers(element, fromPackage, properties);
        return properties;
    }

    /** A property with a presence checker reads as null when absent, so its type is boxed. */
    private void addPresenceCheckers(TypeElement element, PackageElement fromPackage,
            Map<String, SourceProperty> properties) {
        for (Element member : tools.elements().getAllMembers(element)) {
            if (member.getKind() != ElementKind.METHOD || !isReadable(member, fromPackage)) {
                continue;
            }
            ExecutableElement checker = (ExecutableElement) member;
            naming.presenceProperty(checker).filter(properties::containsKey).ifPresent(name -> {
                SourceProperty read = properties.get(name);
                if (read.presenceChecker() == null) {
                    properties.put(name, new SourceProperty(name, tools.boxed(read.type()), read.accessor(),
                            read.isMethod(), checker.getSimpleName().toString()));
                }
            });
        }
    }

    private boolean isReadable(Element member, PackageElement fromPackage) {
        if (member.getModifiers().contains(Modifier.STATIC)
                || !tools.isAccessibleFrom(member, fromPackage)) {
            return false;
        }
        // getClass() looks like a getter but is no property.
        TypeElement owner = (TypeElement) member.getEnclosingElement();
        return !owner.getQualifiedName().contentEquals("java.lang.Object");
    }

    /** A property of a {@code Holder<? extends Item>} reads as an Item. */
    private TypeMirror returnType(DeclaredType type, ExecutableElement method) {
        return tools.readable(((ExecutableType) tools.types().asMemberOf(type, method)).getReturnType());
    }
}
