package io.transmute.processor.analysis;

import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import io.transmute.processor.model.ConstantDecl;
import io.transmute.processor.model.ConverterMethod.Parameter;
import io.transmute.processor.model.LinkDecl;
import io.transmute.processor.model.UserMethod;
import java.util.List;
import java.util.Optional;

/** What a {@code @Link} or {@code @LinkConstant} says fills one destination path. */
sealed interface LinkRule {

    /** The annotation, for messages. */
    String describe();

    /** The destination path the rule fills, as written. */
    String to();

    /** {@code @Link} or {@code @LinkConstant}. */
    default String annotation() {
        return this instanceof Constant ? "@LinkConstant" : "@Link";
    }

    /**
     * What the rule does, independent of which annotation declared it: two subtrees of links with
     * equal signatures plan to the same conversion, which can then be generated once. Source paths
     * under {@code root} are written relative to it.
     */
    String signature(Optional<List<String>> root);

    /** Where problems with the rule's {@code to} are reported. */
    Anchor toAnchor();

    /** The user's coercer methods named by the rule (empty when none). */
    default List<UserMethod> coercers() {
        return List.of();
    }

    default Anchor coercerAnchor() {
        return toAnchor();
    }

    /** A rule written as a {@code @Link}: the annotation describes it and anchors its errors. */
    sealed interface Linked extends LinkRule {
        LinkDecl decl();

        @Override
        default String describe() {
            return decl().describe();
        }

        @Override
        default String to() {
            return decl().to();
        }

        @Override
        default Anchor toAnchor() {
            return decl().anchor("to");
        }

        @Override
        default Anchor coercerAnchor() {
            return decl().anchor("coercer");
        }
    }

    /** {@code @Link(from = "author.name")}: a path in the source, from its root. */
    record FromPath(LinkDecl decl, List<String> path, List<UserMethod> coercers) implements Linked {
        @Override
        public String signature(Optional<List<String>> root) {
            boolean relative = root.isPresent() && path.size() > root.get().size()
                    && path.subList(0, root.get().size()).equals(root.get());
            String from = relative
                    ? "relative " + String.join(".", path.subList(root.get().size(), path.size()))
                    : "root " + String.join(".", path);
            return "from " + from + " coercer " + decl.coercer();
        }
    }

    /** {@code @Link(fromParam = "rating")}: an extra parameter. */
    record FromParam(LinkDecl decl, Parameter parameter, List<UserMethod> coercers) implements Linked {
        @Override
        public String signature(Optional<List<String>> root) {
            return "param " + parameter.name() + " " + parameter.type() + " coercer " + decl.coercer();
        }
    }

    /**
     * No annotation: an extra parameter passed down to where it is used, such as one filling the
     * element property of its name, or the EntityManager that looks up references.
     */
    record PassedParameter(Parameter parameter, Anchor toAnchor) implements LinkRule {
        @Override
        public String describe() {
            return "parameter " + parameter.name();
        }

        @Override
        public String to() {
            return parameter.name();
        }

        @Override
        public String signature(Optional<List<String>> root) {
            return "passed parameter " + parameter.name() + " " + parameter.type();
        }
    }

    /**
     * No annotation: the {@code ReferenceCheck} of a conversion with checked entity references,
     * created by the converter method and passed down to where ids become references.
     */
    record ReferenceCheck(Anchor toAnchor) implements LinkRule {
        @Override
        public String describe() {
            return "the reference check";
        }

        @Override
        public String to() {
            return "referenceCheck";
        }

        @Override
        public String signature(Optional<List<String>> root) {
            return "reference check";
        }
    }

    /**
     * A link whose own check failed and was reported. It still claims its destination path, so
     * that the property is not reported a second time as unlinked.
     */
    record Failed(String describe, String to, Anchor toAnchor) implements LinkRule {
        @Override
        public String signature(Optional<List<String>> root) {
            return "failed " + to;
        }
    }

    /** A rule written as a {@code @LinkConstant}. */
    sealed interface Constant extends LinkRule {
        ConstantDecl decl();

        @Override
        default String describe() {
            return decl().describe();
        }

        @Override
        default String to() {
            return decl().to();
        }

        @Override
        default Anchor toAnchor() {
            return decl().anchor("to");
        }
    }

    /** {@code @LinkConstant(value = "...")}: a literal, parsed once the destination type is known. */
    record Literal(ConstantDecl decl) implements Constant {
        @Override
        public String signature(Optional<List<String>> root) {
            return "literal " + decl.value();
        }
    }

    /** {@code @LinkConstant(factory = "...")}: a no-argument method called once per conversion. */
    record Factory(ConstantDecl decl, UserMethod factory) implements Constant {
        @Override
        public String signature(Optional<List<String>> root) {
            return "factory " + factory.owner().getQualifiedName() + "." + factory.name();
        }
    }
}
