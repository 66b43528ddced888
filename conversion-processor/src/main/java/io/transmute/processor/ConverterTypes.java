package io.transmute.processor;

import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.model.AnnotationNames;
import io.transmute.processor.model.TypeTools;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the converter types of a round: the types that declare {@code @Converter} methods, and the
 * interfaces and abstract classes of the round that inherit abstract ones.
 */
final class ConverterTypes {
    private static final String CONVERTER = AnnotationNames.CONVERTER;

    private final TypeTools tools;
    private final Diagnostics diagnostics;
    /**
     * Interfaces and abstract classes of earlier rounds that were not converter types: one may
     * become one when another processor generates the supertype its @Converter methods come from.
     */
    private final Set<String> candidates = new LinkedHashSet<>();

    ConverterTypes(TypeTools tools, Diagnostics diagnostics) {
        this.tools = tools;
        this.diagnostics = diagnostics;
    }

    /** Qualified names, in the order the round presents them. */
    Set<String> find(RoundEnvironment round) {
        Set<String> names = new LinkedHashSet<>();
        TypeElement converter = tools.elements().getTypeElement(CONVERTER);
        if (converter == null) {
            return names;
        }
        for (Element element : round.getElementsAnnotatedWith(converter)) {
            if (element.getKind() != ElementKind.METHOD) {
                continue;
            }
            TypeElement owner = (TypeElement) element.getEnclosingElement();
            if (isImplementable(owner)) {
                names.add(owner.getQualifiedName().toString());
            } else if (!isAbstractType(owner)) {
                diagnostics.error(element, Message.NOT_IN_ABSTRACT_TYPE,
                        element.getSimpleName(), describeKind(owner));
            }
        }
        for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            collectInheriting(type, names);
        }
        if (!round.getElementsAnnotatedWith(converter).isEmpty()) {
            for (String candidate : List.copyOf(candidates)) {
                TypeElement type = tools.elements().getTypeElement(candidate);
                if (type != null && inheritsAbstractConverter(type)) {
                    names.add(candidate);
                    candidates.remove(candidate);
                }
            }
        }
        return names;
    }

    private void collectInheriting(TypeElement type, Set<String> names) {
        if (isImplementable(type) && inheritsAbstractConverter(type)) {
            names.add(type.getQualifiedName().toString());
        } else if (isImplementable(type)) {
            candidates.add(type.getQualifiedName().toString());
        }
        for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
            collectInheriting(member, names);
        }
    }

    private boolean inheritsAbstractConverter(TypeElement type) {
        for (ExecutableElement method : ElementFilter.methodsIn(tools.elements().getAllMembers(type))) {
            if (method.getModifiers().contains(Modifier.ABSTRACT) && hasConverter(method)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasConverter(ExecutableElement method) {
        return method.getAnnotationMirrors().stream().anyMatch(mirror ->
                ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(CONVERTER));
    }

    private static boolean isAbstractType(TypeElement type) {
        return type.getKind() == ElementKind.INTERFACE
                || (type.getKind() == ElementKind.CLASS && type.getModifiers().contains(Modifier.ABSTRACT));
    }

    /**
     * A generic converter type ({@code Mapper<S, D>}) is implemented only through its
     * parameterized subtypes ({@code BookMapper extends Mapper<Book, BookDto>}).
     */
    private static boolean isImplementable(TypeElement type) {
        return isAbstractType(type) && type.getTypeParameters().isEmpty();
    }

    private static String describeKind(TypeElement type) {
        String kind = switch (type.getKind()) {
            case ENUM -> "the enum";
            case RECORD -> "the record";
            case ANNOTATION_TYPE -> "the annotation type";
            default -> "the non-abstract class";
        };
        return kind + " " + type.getSimpleName();
    }
}
