package io.transmute.tests.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another annotation processor, as a user's build may have: it writes source files in given rounds
 * (a file written in round n exists from round n + 1 on), so Transmute sees types that do not exist
 * yet and must wait for them. It writes nothing in the last round.
 */
final class LateGenerator extends AbstractProcessor {

    /** A source file to write: its type's qualified name, its text, the round to write it in (1 or more). */
    record LateType(String qualifiedName, String text, int round) {
    }

    private final Map<String, LateType> types = new LinkedHashMap<>();
    private int round;

    LateGenerator(Iterable<LateType> types) {
        for (LateType type : types) {
            this.types.put(type.qualifiedName(), type);
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
        if (environment.processingOver()) {
            return false;
        }
        round++;
        for (LateType type : types.values()) {
            if (type.round() == round) {
                try (Writer writer = processingEnv.getFiler().createSourceFile(type.qualifiedName()).openWriter()) {
                    writer.write(type.text());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return false;
    }
}
