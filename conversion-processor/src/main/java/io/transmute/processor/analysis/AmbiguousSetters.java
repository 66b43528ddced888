package io.transmute.processor.analysis;

import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.DestinationProperty;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.util.ElementFilter;

/**
 * Setters javac cannot choose between: two of one name whose parameters have the same type in the
 * destination type, as {@code setTitle(T)} and {@code setTitle(String)} in a {@code Box<String>}.
 * No call can write such a property, so writing it is a compile error on the converter rather than
 * generated code that does not compile.
 */
final class AmbiguousSetters {
    private final TypeTools tools;
    private final Diagnostics diagnostics;

    AmbiguousSetters(TypeTools tools, Diagnostics diagnostics) {
        this.tools = tools;
        this.diagnostics = diagnostics;
    }

    /** Reports, and returns false, when {@code plan} writes its property through such a setter. */
    boolean check(Scope scope, DeclaredType owner, PropertyPlan plan) {
        DestinationProperty property = plan.property();
        if (plan.isUnlinked() || property.write() != DestinationProperty.Write.SETTER) {
            return true;
        }
        List<ExecutableElement> taking = ElementFilter.methodsIn(
                        tools.elements().getAllMembers((TypeElement) owner.asElement())).stream()
                .filter(method -> method.getSimpleName().contentEquals(property.writer())
                        && method.getParameters().size() == 1
                        && tools.isSame(((ExecutableType) tools.types().asMemberOf(owner, method))
                                .getParameterTypes().get(0), property.type()))
                .toList();
        if (taking.size() < 2) {
            return true;
        }
        diagnostics.error(ModelPlanner.methodAnchor(scope), Message.AMBIGUOUS_SETTER,
                scope.destinationLabel() + "." + property.name(), declared(taking.get(0)), declared(taking.get(1)),
                tools.display(property.type()));
        return false;
    }

    /** {@code setTitle(T)}: the setter as its class declares it. */
    private String declared(ExecutableElement setter) {
        return setter.getSimpleName() + "(" + tools.display(setter.getParameters().get(0).asType()) + ")";
    }
}
