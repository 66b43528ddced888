package io.transmute.processor.generation;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.type.TypeMirror;

/**
 * The body of one generated method being written: its statements, its local names (one
 * {@link UniqueNames}, so a property called {@code result} cannot clash with a temporary), and the
 * expressions that stand for captured values here.
 */
final class BodyEmitter {
    private final CodeBlock.Builder code = CodeBlock.builder();
    private final UniqueNames names = new UniqueNames();
    private final Map<Object, CodeBlock> captures = new HashMap<>();
    private final Map<String, String> pathLocals = new HashMap<>();

    CodeBlock.Builder code() {
        return code;
    }

    /** Reserves a parameter's name, which is used as written. */
    String reserve(String name) {
        return names.newName(name);
    }

    String newName(String suggestion) {
        return names.newName(suggestion);
    }

    /** Declares a local {@code type name = value;} and returns its name. */
    String local(TypeMirror type, String suggestion, CodeBlock value) {
        String name = names.newName(suggestion);
        code.addStatement("$T $N = $L", TypeName.get(type), name, value);
        return name;
    }

    /**
     * An expression that may be evaluated more than once: {@code value} itself if it is a plain
     * name, otherwise a new local holding it.
     */
    CodeBlock stable(CodeBlock value, TypeMirror type, String suggestion) {
        if (isName(value)) {
            return value;
        }
        return CodeBlock.of("$N", local(type, suggestion, value));
    }

    void defineCapture(Object key, CodeBlock expression) {
        captures.put(key, expression);
    }

    CodeBlock capture(Object key) {
        CodeBlock expression = captures.get(key);
        if (expression == null) {
            throw new IllegalStateException("No value for captured " + key);
        }
        return expression;
    }

    /** The local already holding the value of a source path prefix, so it is read only once. */
    String pathLocal(String path) {
        return pathLocals.get(path);
    }

    void rememberPathLocal(String path, String local) {
        pathLocals.put(path, local);
    }

    static boolean isName(CodeBlock value) {
        String text = value.toString();
        return !text.isEmpty() && Character.isJavaIdentifierStart(text.charAt(0))
                && text.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
