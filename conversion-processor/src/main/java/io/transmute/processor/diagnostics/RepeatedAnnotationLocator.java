package io.transmute.processor.diagnostics;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports on one of several repeated annotations ({@code @Link @Link}). javac stores them in a
 * synthesized container, and its Messager cannot find the source of an annotation inside one, so
 * it would point at the method. Through the compiler tree API the annotation's own line is found.
 * Other compilers (ECJ) have no tree API: there the report stays on the method.
 */
final class RepeatedAnnotationLocator {
    private final Trees trees;

    private RepeatedAnnotationLocator(Trees trees) {
        this.trees = trees;
    }

    static Optional<RepeatedAnnotationLocator> create(ProcessingEnvironment environment) {
        try {
            return Optional.of(new RepeatedAnnotationLocator(Trees.instance(environment)));
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return Optional.empty();
        }
    }

    /** Prints at the annotation (or its attribute); false when the source cannot be found. */
    boolean print(Diagnostic.Kind kind, String message, Element element, Anchor.Repeat repeat) {
        TreePath path = trees.getPath(element);
        if (path == null || !(path.getLeaf() instanceof MethodTree method)) {
            return false;
        }
        List<AnnotationTree> sameType = new ArrayList<>();
        for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
            if (simpleName(annotation.getAnnotationType()).equals(repeat.annotation())) {
                sameType.add(annotation);
            }
        }
        if (repeat.index() >= sameType.size()) {
            return false;
        }
        AnnotationTree annotation = sameType.get(repeat.index());
        Tree target = repeat.attribute() == null ? annotation : attribute(annotation, repeat.attribute());
        trees.printMessage(kind, message, target, path.getCompilationUnit());
        return true;
    }

    private static Tree attribute(AnnotationTree annotation, String name) {
        for (ExpressionTree argument : annotation.getArguments()) {
            if (argument instanceof AssignmentTree assignment
                    && simpleName(assignment.getVariable()).equals(name)) {
                return assignment.getExpression();
            }
        }
        return annotation;
    }

    private static String simpleName(Tree tree) {
        if (tree instanceof IdentifierTree identifier) {
            return identifier.getName().toString();
        }
        if (tree instanceof MemberSelectTree select) {
            return select.getIdentifier().toString();
        }
        return tree.toString();
    }
}
