package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Odd but legal Java never makes Transmute crash: it reports errors instead (compile() checks for crashes). */
class ErrorsRobustnessTest {

    @Test
    void oddConvertersGetErrorsNotCrashes() {
        JavaFileObject source = converter("OddMapper", """
                public interface OddMapper {
                    record Node(String name, List<Node> children) {}
                    record NodeDto(String name, List<NodeDto> children, String extra) {}
                    record Raw(List items, Map index) {}
                    record RawDto(List<String> items, Map<String, String> index) {}
                    record Wild(List<? extends Number> numbers, List<? super Integer> sink) {}
                    record WildDto(List<String> numbers, List<String> sink) {}
                    record Box<T>(T value) {}
                    record BoxDto(String value) {}

                    @Converter
                    NodeDto tree(Node node);

                    @Converter
                    int toPrimitive(String text);

                    @Converter
                    String fromPrimitive(int number);

                    @Converter
                    RawDto raw(Raw raw);

                    @Converter
                    WildDto wild(Wild wild);

                    @Converter
                    BoxDto box(Box<Integer> box);

                    @Converter
                    String[] array(List<Object> values);

                    @Converter
                    Map<String, NodeDto> map(List<Node> nodes);

                    @Converter
                    @Link(from = "name", to = "")
                    NodeDto emptyTo(Node node);

                    @Converter(allowUnlinked = {"", ".", "children..name"})
                    NodeDto emptyAllowed(Node node);

                    @Converter
                    @Link(fromParam = "node", to = "name")
                    NodeDto sourceAsParameter(Node node);

                    @Converter
                    @Link(from = "children.children.name", to = "children.children.extra")
                    NodeDto deep(Node node);

                    @Converter
                    NodeDto fromOptional(Optional<Node> node);

                    @Converter
                    NodeDto fromObject(Object node);

                    @Converter
                    Void toVoid(Node node);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).failed();
    }
}
