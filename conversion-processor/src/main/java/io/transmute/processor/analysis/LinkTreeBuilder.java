package io.transmute.processor.analysis;

import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.diagnostics.Suggestions;
import io.transmute.processor.model.AllowUnlinkedDecl;
import io.transmute.processor.model.ConstantDecl;
import io.transmute.processor.model.ConverterMethod;
import io.transmute.processor.model.ConverterMethod.Parameter;
import io.transmute.processor.model.ConverterType;
import io.transmute.processor.model.LinkDecl;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.UserMethod;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeKind;

/**
 * Reads a converter method's {@code @Link}, {@code @LinkConstant} and {@code allowUnlinked} into a
 * {@link LinkTree}, reporting what can be checked before the destination is known: which of
 * {@code from}/{@code fromParam} is set, parameter names, method names and path syntax.
 */
final class LinkTreeBuilder {
    private final Diagnostics diagnostics;
    private final ConverterType converterType;
    private final TypeTools tools;
    private final SourcePaths paths;

    LinkTreeBuilder(TypeTools tools, Diagnostics diagnostics, ConverterType converterType, SourcePaths paths) {
        this.tools = tools;
        this.paths = paths;
        this.diagnostics = diagnostics;
        this.converterType = converterType;
    }

    LinkTree build(ConverterMethod method) {
        LinkTree tree = new LinkTree();
        for (LinkDecl link : method.links()) {
            Optional<List<String>> to = path(link.to(), link.anchor("to"), "@Link to");
            LinkRule rule = linkRule(method, link)
                    .orElseGet(() -> new LinkRule.Failed(link.describe(), link.to(), link.anchor("to")));
            to.ifPresent(path -> tree.addRule(path, rule));
        }
        for (ConstantDecl constant : method.constants()) {
            Optional<List<String>> to = path(constant.to(), constant.anchor("to"), "@LinkConstant to");
            LinkRule rule = constantRule(constant)
                    .orElseGet(() -> new LinkRule.Failed(constant.describe(), constant.to(), constant.anchor("to")));
            to.ifPresent(path -> tree.addRule(path, rule));
        }
        for (AllowUnlinkedDecl allowed : method.allowUnlinked()) {
            path(allowed.path(), allowed.anchor(), "allowUnlinked").ifPresent(p -> tree.allowUnlinked(p, allowed));
        }
        return tree;
    }

    private Optional<LinkRule> linkRule(ConverterMethod method, LinkDecl link) {
        if (!link.from().isEmpty() && !link.fromParam().isEmpty()) {
            diagnostics.error(link.anchor("fromParam"), Message.LINK_BOTH_SOURCES,
                    link.to(), link.from(), link.fromParam());
            return Optional.empty();
        }
        if (link.from().isEmpty() && link.fromParam().isEmpty()) {
            diagnostics.error(link.anchor(null), Message.LINK_NO_SOURCE, link.to());
            return Optional.empty();
        }
        Optional<List<UserMethod>> coercers = link.coercer().isEmpty()
                ? Optional.of(List.of())
                : methods(link.coercer(), link.anchor("coercer"), "@Link coercer");
        if (!link.fromParam().isEmpty()) {
            Optional<Parameter> parameter = method.parameter(link.fromParam());
            if (parameter.isEmpty()) {
                diagnostics.error(link.anchor("fromParam"), Message.UNKNOWN_PARAM, link.fromParam(),
                        method.name() + "()", link.fromParam(), Suggestions.hint(link.fromParam(),
                                method.parameters().stream().map(Parameter::name).toList()));
                return Optional.empty();
            }
            return coercers.map(c -> new LinkRule.FromParam(link, parameter.get(), c));
        }
        Optional<List<String>> from = path(link.from(), link.anchor("from"), "@Link from")
                .filter(path -> paths.resolve(method.source().type(), path, link.from(), link.anchor("from"), true)
                        .isPresent());
        if (from.isEmpty() || coercers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LinkRule.FromPath(link, from.get(), coercers.get()));
    }

    private Optional<LinkRule> constantRule(ConstantDecl constant) {
        if (!constant.factory().isEmpty() && !constant.value().isEmpty()) {
            diagnostics.error(constant.anchor("factory"), Message.CONSTANT_VALUE_AND_FACTORY, constant.to());
            return Optional.empty();
        }
        if (!constant.isFactory()) {
            return Optional.of(new LinkRule.Literal(constant));
        }
        return methods(constant.factory(), constant.anchor("factory"), "@LinkConstant factory")
                .flatMap(candidates -> {
                    Optional<UserMethod> factory = candidates.stream()
                            .filter(m -> m.parameterTypes().isEmpty() && m.returnType().getKind() != TypeKind.VOID)
                            .findFirst();
                    if (factory.isEmpty()) {
                        diagnostics.error(constant.anchor("factory"), Message.FACTORY_MISMATCH,
                                candidates.get(0).describe(tools), constant.to(),
                                "a factory must take no parameters and return a value");
                    }
                    return factory.map(method -> new LinkRule.Factory(constant, method));
                });
    }

    private Optional<List<UserMethod>> methods(String name, Anchor anchor, String attribute) {
        List<UserMethod> candidates = converterType.methodsNamed(name).stream()
                .filter(m -> !m.isAbstract() || converterType.isConverter(m.element()))
                .toList();
        if (candidates.isEmpty()) {
            // Methods of the used types are called on their instances, where abstract ones are implemented.
            candidates = converterType.usedMethodsNamed(name);
        }
        if (candidates.isEmpty()) {
            diagnostics.error(anchor, Message.UNKNOWN_METHOD, attribute, name,
                    converterType.element().getSimpleName(), name,
                    Suggestions.hint(name, converterType.methodNames()));
            return Optional.empty();
        }
        List<UserMethod> unchecked = candidates.stream().filter(m -> !m.throwsChecked(tools)).toList();
        if (unchecked.isEmpty()) {
            diagnostics.error(anchor, Message.CHECKED_EXCEPTION, attribute, candidates.get(0).describe(tools),
                    candidates.get(0).element().getThrownTypes());
            return Optional.empty();
        }
        return Optional.of(unchecked);
    }

    /** Splits {@code "writer.rating"}; an empty path or an empty segment is an error. */
    private Optional<List<String>> path(String text, Anchor anchor, String attribute) {
        List<String> segments = Arrays.asList(text.split("\\.", -1));
        if (text.isEmpty() || segments.stream().anyMatch(s -> s.isBlank() || !s.strip().equals(s))) {
            diagnostics.error(anchor, Message.MALFORMED_PATH, attribute, text);
            return Optional.empty();
        }
        return Optional.of(List.copyOf(segments));
    }
}
