package io.transmute.tests.differential;

import io.transmute.tests.differential.CaseSpec.CoercerSpec;
import io.transmute.tests.differential.CaseSpec.ConstSpec;
import io.transmute.tests.differential.CaseSpec.ConverterSpec;
import io.transmute.tests.differential.CaseSpec.Declared;
import io.transmute.tests.differential.CaseSpec.EnumSpec;
import io.transmute.tests.differential.CaseSpec.FactorySpec;
import io.transmute.tests.differential.CaseSpec.Holder;
import io.transmute.tests.differential.CaseSpec.LinkSpec;
import io.transmute.tests.differential.CaseSpec.MethodSpec;
import io.transmute.tests.differential.CaseSpec.ModelKind;
import io.transmute.tests.differential.CaseSpec.ModelSpec;
import io.transmute.tests.differential.CaseSpec.Param;
import io.transmute.tests.differential.CaseSpec.Prop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a case as Java source files: qualified type name to text. */
final class SourceRenderer {

    private SourceRenderer() {
    }

    static Map<String, String> render(CaseSpec spec) {
        Map<String, String> files = new LinkedHashMap<>();
        String header = "package " + spec.pkg + ";\n\n";
        List<Declared> declared = new ArrayList<>();
        declared.addAll(spec.enums);
        declared.addAll(spec.models);
        StringBuilder holder = new StringBuilder();
        for (Declared type : declared) {
            if (type.holder == Holder.TOP) {
                if (type instanceof ModelSpec model && model.base != null && !spec.models.contains(model.base)) {
                    StringBuilder base = new StringBuilder(header);
                    declare(model.base, base, "", false);
                    files.put(spec.pkg + "." + model.base.name, base.toString());
                }
                StringBuilder text = new StringBuilder(header);
                declare(type, text, "", false);
                files.put(spec.pkg + "." + type.name, text.toString());
            } else if (type.holder == Holder.MODELS) {
                declare(type, holder, "    ", true);
            }
        }
        if (holder.length() > 0) {
            files.put(spec.pkg + ".Models", header + "public final class Models {\n    private Models() {\n    }\n\n"
                    + holder + "}\n");
        }
        ConverterSpec converter = spec.converter;
        if (converter.hasBase) {
            StringBuilder text = new StringBuilder(header).append("public interface ConvBase {\n");
            for (CoercerSpec coercer : converter.coercers) {
                if (coercer.inBase()) {
                    coercer(coercer, text, "    ", false, converter.throwingCoercer);
                }
            }
            files.put(spec.pkg + ".ConvBase", text.append("}\n").toString());
        }
        MethodSpec genericMethod = null;
        for (MethodSpec method : converter.methods) {
            if (method.inGenericBase) {
                genericMethod = method;
            }
        }
        if (genericMethod != null) {
            StringBuilder generic = new StringBuilder(header).append("public interface ConvGeneric<S, D> {\n");
            method(genericMethod, generic, "    ", false);
            files.put(spec.pkg + ".ConvGeneric", generic.append("}\n").toString());
        }
        StringBuilder text = new StringBuilder(header);
        String indent = "";
        if (converter.nestedInOuter) {
            text.append("public final class Outer {\n    private Outer() {\n    }\n\n");
            indent = "    ";
        }
        boolean abstractClass = converter.abstractClass;
        text.append(indent).append("public ")
                .append(abstractClass ? (converter.nestedInOuter ? "abstract static class " : "abstract class ")
                        : "interface ")
                .append(converter.name);
        List<String> supertypes = new ArrayList<>();
        if (converter.hasBase) {
            supertypes.add("ConvBase");
        }
        if (genericMethod != null) {
            supertypes.add("ConvGeneric<" + genericMethod.source.source() + ", " + genericMethod.result.source() + ">");
        }
        if (!supertypes.isEmpty()) {
            text.append(abstractClass ? " implements " : " extends ").append(String.join(", ", supertypes));
        }
        text.append(" {\n");
        String inner = indent + "    ";
        for (Declared type : declared) {
            if (type.holder == Holder.CONVERTER) {
                declare(type, text, inner, true);
            }
        }
        if (!converter.factories.isEmpty()) {
            text.append(inner).append(abstractClass ? "static " : "").append("final class Counters {\n");
            for (FactorySpec factory : converter.factories) {
                text.append(inner).append("    static int ").append(factory.counter()).append(";\n");
            }
            text.append(inner).append("    private Counters() {\n").append(inner).append("    }\n")
                    .append(inner).append("}\n\n");
            for (FactorySpec factory : converter.factories) {
                text.append(inner).append(abstractClass ? "public static " : "static ")
                        .append(factory.result().source()).append(' ').append(factory.name()).append("() {\n")
                        .append(inner).append("    return ").append(factoryBody(factory)).append(";\n")
                        .append(inner).append("}\n\n");
            }
        }
        if (converter.redeclaresObjectMethods && !abstractClass) {
            text.append(inner).append("@java.lang.Override\n").append(inner).append("java.lang.String toString();\n\n")
                    .append(inner).append("@java.lang.Override\n").append(inner)
                    .append("boolean equals(java.lang.Object other);\n\n")
                    .append(inner).append("@java.lang.Override\n").append(inner).append("int hashCode();\n\n");
        }
        for (MethodSpec method : converter.methods) {
            if (!method.inGenericBase) {
                method(method, text, inner, abstractClass);
            }
        }
        for (CoercerSpec coercer : converter.coercers) {
            if (!coercer.inBase()) {
                coercer(coercer, text, inner, abstractClass, converter.throwingCoercer);
            }
        }
        text.append(indent).append("}\n");
        if (converter.nestedInOuter) {
            text.append("}\n");
        }
        files.put(spec.pkg + "." + converter.fileTypeName(), text.toString());
        return files;
    }

    static String factoryBody(FactorySpec factory) {
        String count = "++Counters." + factory.counter();
        JType type = factory.result();
        if (type instanceof JType.Val v) {
            return switch (v.kind()) {
                case STRING -> "\"f\" + (" + count + ")";
                case LONG_BOX -> "(long) (" + count + ") * 1000L";
                case INT_BOX -> "java.lang.Integer.valueOf(" + count + ")";
                default -> throw new IllegalStateException(type.source());
            };
        }
        return count;
    }

    private static void method(MethodSpec method, StringBuilder text, String indent, boolean abstractClass) {
        text.append(indent).append("@io.transmute.Converter");
        List<String> attributes = new ArrayList<>();
        if (method.nullsSkip) {
            attributes.add("nulls = io.transmute.Nulls.SKIP");
        }
        if (!method.allowUnlinked.isEmpty()) {
            StringBuilder paths = new StringBuilder("allowUnlinked = {");
            for (int i = 0; i < method.allowUnlinked.size(); i++) {
                paths.append(i == 0 ? "" : ", ").append(javaString(method.allowUnlinked.get(i)));
            }
            attributes.add(paths.append('}').toString());
        }
        if (!attributes.isEmpty()) {
            text.append('(').append(String.join(", ", attributes)).append(')');
        }
        text.append('\n');
        for (LinkSpec link : method.links) {
            text.append(indent).append("@io.transmute.Link(");
            if (link.from() != null) {
                text.append("from = ").append(javaString(link.from()));
            }
            if (link.fromParam() != null) {
                text.append(link.from() != null ? ", " : "").append("fromParam = ").append(javaString(link.fromParam()));
            }
            text.append(", to = ").append(javaString(link.to()));
            if (link.coercer() != null) {
                text.append(", coercer = ").append(javaString(link.coercer()));
            }
            text.append(")\n");
        }
        for (ConstSpec constant : method.constants) {
            text.append(indent).append("@io.transmute.LinkConstant(to = ").append(javaString(constant.to()));
            if (constant.factory() != null) {
                text.append(", factory = ").append(javaString(constant.factory()));
            } else {
                text.append(", value = ").append(javaString(constant.literal()));
            }
            text.append(")\n");
        }
        text.append(indent).append(abstractClass ? "public abstract " : "")
                .append(method.returnsVoid ? "void" : method.inGenericBase ? "D" : method.result.source())
                .append(' ').append(method.name).append('(').append(method.inGenericBase ? "S" : method.source.source())
                .append(' ').append(method.sourceName);
        for (Param extra : method.parameters()) {
            text.append(", ").append(extra.name().equals(method.intoName) ? "@io.transmute.Into " : "")
                    .append(extra.type().source()).append(' ').append(extra.name());
        }
        text.append(");\n\n");
    }

    private static void coercer(CoercerSpec coercer, StringBuilder text, String indent, boolean abstractClass,
            String throwing) {
        if (coercer.annotated()) {
            text.append(indent).append("@io.transmute.Coercer\n");
        }
        text.append(indent).append(coercer.isDefault() ? "default " : abstractClass ? "public static " : "static ")
                .append(coercer.result().source())
                .append(' ').append(coercer.name()).append('(').append(coercer.param().source()).append(" v)")
                .append(coercer.name().equals(throwing) ? " throws java.lang.Exception" : "").append(" {\n")
                .append(indent).append("    return ").append(coercer.body()).append(";\n")
                .append(indent).append("}\n\n");
    }

    private static void declare(Declared type, StringBuilder text, String indent, boolean member) {
        if (type instanceof EnumSpec enumSpec) {
            text.append(indent).append("public enum ").append(enumSpec.name).append(" {\n").append(indent)
                    .append("    ").append(String.join(", ", enumSpec.constants)).append("\n")
                    .append(indent).append("}\n\n");
            return;
        }
        ModelSpec model = (ModelSpec) type;
        if (model.base != null && member && !model.owner.models.contains(model.base)) {
            declare(model.base, text, indent, member);
        }
        if (model.isInterface) {
            text.append(indent).append("public interface ").append(model.name).append(" {\n").append(indent)
                    .append("}\n\n");
            return;
        }
        String implementsClause = "";
        if (!model.interfaces.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (ModelSpec i : model.interfaces) {
                names.add(i.reference());
            }
            implementsClause = " implements " + String.join(", ", names);
        }
        String in = indent + "    ";
        String statik = member ? "static " : "";
        switch (model.kind) {
            case RECORD -> {
                text.append(indent).append("public record ").append(model.declaredName()).append('(');
                for (int i = 0; i < model.props.size(); i++) {
                    Prop prop = model.props.get(i);
                    text.append(i == 0 ? "" : ", ").append(prop.type.source()).append(' ').append(prop.name);
                }
                text.append(")").append(implementsClause).append(" {\n").append(indent).append("}\n\n");
            }
            case BEAN, BASE -> {
                text.append(indent).append("public ")
                        .append(model.kind == ModelKind.BASE || model.isAbstract ? "abstract " : "")
                        .append(statik).append("class ").append(model.declaredName());
                if (model.base != null) {
                    text.append(" extends ").append(model.base.reference());
                }
                text.append(implementsClause).append(" {\n");
                boolean fields = model.kind == ModelKind.BASE && isFieldsBase(model);
                for (Prop prop : model.props) {
                    text.append(in).append(fields ? "public " : "private ").append(prop.type.source()).append(' ')
                            .append(prop.name);
                    if (prop.initializer != null) {
                        text.append(" = ").append(prop.initializer);
                    }
                    text.append(";\n");
                }
                if (!fields) {
                    text.append('\n').append(in)
                            .append(model.kind == ModelKind.BASE || model.isAbstract ? "protected " : "public ")
                            .append(model.name).append("() {\n").append(in).append("}\n");
                    if (model.extraConstructor) {
                        // a class with a no-argument constructor and setters is filled through the setters
                        text.append('\n').append(in).append("private boolean builtByConstructor;\n\n").append(in)
                                .append("public ").append(model.name).append('(');
                        for (int i = 0; i < model.props.size(); i++) {
                            Prop prop = model.props.get(i);
                            text.append(i == 0 ? "" : ", ").append(prop.type.source()).append(' ').append(prop.name);
                        }
                        text.append(") {\n");
                        for (Prop prop : model.props) {
                            text.append(in).append("    this.").append(prop.name).append(" = ").append(prop.name)
                                    .append(";\n");
                        }
                        text.append(in).append("    this.builtByConstructor = true;\n").append(in).append("}\n");
                    }
                    for (Prop prop : model.props) {
                        getter(prop, text, in);
                        setter(prop, text, in);
                    }
                }
                text.append(indent).append("}\n\n");
            }
            case FIELDS -> {
                text.append(indent).append("public ").append(model.isAbstract ? "abstract " : "").append(statik)
                        .append("class ").append(model.declaredName());
                if (model.base != null) {
                    text.append(" extends ").append(model.base.reference());
                }
                text.append(implementsClause).append(" {\n");
                for (Prop prop : model.props) {
                    text.append(in).append("public ").append(prop.type.source()).append(' ').append(prop.name);
                    if (prop.initializer != null) {
                        text.append(" = ").append(prop.initializer);
                    }
                    text.append(";\n");
                }
                text.append(indent).append("}\n\n");
            }
            case CTOR, MIXED -> {
                text.append(indent).append("public ").append(statik).append("final class ").append(model.declaredName())
                        .append(implementsClause).append(" {\n");
                for (Prop prop : model.props) {
                    boolean inConstructor = model.constructorOrder.contains(prop.name);
                    text.append(in).append("private ").append(inConstructor ? "final " : "")
                            .append(prop.type.source()).append(' ').append(prop.name).append(";\n");
                }
                text.append('\n').append(in).append("public ").append(model.name).append('(');
                List<Prop> parameters = new ArrayList<>();
                for (String name : model.constructorOrder) {
                    parameters.add(model.prop(name));
                }
                for (int i = 0; i < parameters.size(); i++) {
                    text.append(i == 0 ? "" : ", ").append(parameters.get(i).type.source()).append(' ')
                            .append(parameters.get(i).name);
                }
                text.append(") {\n");
                for (Prop prop : parameters) {
                    text.append(in).append("    this.").append(prop.name).append(" = ").append(prop.name).append(";\n");
                }
                text.append(in).append("}\n");
                if (model.extraConstructor) {
                    // without setters, the widest constructor is used, not this one
                    text.append('\n').append(in).append("public ").append(model.name).append("() {\n").append(in)
                            .append("    this(");
                    for (int i = 0; i < parameters.size(); i++) {
                        text.append(i == 0 ? "" : ", ").append(defaultValue(parameters.get(i).type));
                    }
                    text.append(");\n").append(in).append("}\n");
                }
                if (model.narrowConstructor && parameters.size() > 1) {
                    text.append('\n').append(in).append("public ").append(model.name).append('(');
                    List<Prop> narrow = parameters.subList(0, parameters.size() - 1);
                    for (int i = 0; i < narrow.size(); i++) {
                        text.append(i == 0 ? "" : ", ").append(narrow.get(i).type.source()).append(' ')
                                .append(narrow.get(i).name);
                    }
                    text.append(") {\n").append(in).append("    this(");
                    for (int i = 0; i < parameters.size(); i++) {
                        text.append(i == 0 ? "" : ", ")
                                .append(i < narrow.size() ? parameters.get(i).name : defaultValue(parameters.get(i).type));
                    }
                    text.append(");\n").append(in).append("}\n");
                }
                for (Prop prop : model.props) {
                    getter(prop, text, in);
                    if (!model.constructorOrder.contains(prop.name)) {
                        setter(prop, text, in);
                    }
                }
                text.append(indent).append("}\n\n");
            }
            default -> throw new IllegalStateException(model.kind.toString());
        }
    }

    /** A BASE model is the superclass of a FIELDS model when its name says so. */
    static boolean isFieldsBase(ModelSpec base) {
        return base.name.endsWith("Fields");
    }

    private static void getter(Prop prop, StringBuilder text, String indent) {
        text.append('\n').append(indent).append("public ").append(prop.type.source()).append(' ')
                .append(prop.getterName()).append("() {\n").append(indent).append("    return ").append(prop.name)
                .append(";\n").append(indent).append("}\n");
    }

    private static void setter(Prop prop, StringBuilder text, String indent) {
        text.append('\n').append(indent).append("public void ").append(prop.setterName()).append('(')
                .append(prop.type.source()).append(' ').append(prop.name).append(") {\n").append(indent)
                .append("    this.").append(prop.name).append(" = ").append(prop.name).append(";\n").append(indent)
                .append("}\n");
        if (prop.overloadedSetter) {
            text.append('\n').append(indent).append("public void ").append(prop.setterName())
                    .append("(java.lang.String wrong) {\n").append(indent)
                    .append("    throw new java.lang.IllegalStateException(\"the String overload of ")
                    .append(prop.setterName()).append(" was called\");\n").append(indent).append("}\n");
        }
    }

    static String defaultValue(JType type) {
        if (type instanceof JType.Prim p) {
            return switch (p.kind()) {
                case BOOLEAN -> "false";
                case CHAR -> "'\\0'";
                case BYTE -> "(byte) 0";
                case SHORT -> "(short) 0";
                case LONG -> "0L";
                case FLOAT -> "0f";
                case DOUBLE -> "0d";
                default -> "0";
            };
        }
        return "null";
    }

    /** A Java string literal for any text: control characters as octal escapes, non-ASCII as unicode escapes. */
    static String javaString(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                case '\r' -> text.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        text.append(String.format("\\%03o", (int) c));
                    } else if (c > 0x7e) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }
}
