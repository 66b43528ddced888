package io.transmute.tests.di;

import static io.transmute.tests.di.InMemoryCompiler.compileCleanly;
import static io.transmute.tests.di.InMemoryCompiler.load;
import static io.transmute.tests.di.InMemoryCompiler.loader;
import static io.transmute.tests.di.InMemoryCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ComponentModel.JSR330} and {@code JAKARTA}: a singleton named bean with an {@code @Inject}
 * constructor taking the converters it uses, as any JSR-330 container (Guice, Dagger, HK2) reads it;
 * checked by reflection and built by hand, as such a container would.
 */
class InjectAnnotationsTest {

    @ParameterizedTest
    @CsvSource({"JSR330, javax.inject", "JAKARTA, jakarta.inject"})
    void singletonNamedWithAnInjectConstructor(String model, String injectPackage) throws Exception {
        JavaFileObject authorMapper = source("AuthorMapper", """
                @ConverterConfig(componentModel = ComponentModel.%s)
                public interface AuthorMapper {
                    record Author(String name) {}
                    record AuthorDto(String name) {}

                    @Converter
                    AuthorDto toDto(Author author);
                }
                """.formatted(model));
        JavaFileObject bookMapper = source("BookMapper", """
                @ConverterConfig(componentModel = ComponentModel.%s, uses = AuthorMapper.class)
                public interface BookMapper {
                    record Book(String title, AuthorMapper.Author author) {}
                    record BookDto(String title, AuthorMapper.AuthorDto author) {}

                    @Converter
                    BookDto toDto(Book book);
                }
                """.formatted(model));
        JavaFileObject run = source("Run", """
                public class Run implements java.util.function.Function<BookMapper, String> {
                    @Override
                    public String apply(BookMapper mapper) {
                        return mapper.toDto(new BookMapper.Book("Solaris", new AuthorMapper.Author("Lem"))).toString();
                    }
                }
                """);
        Compilation compilation = compileCleanly(List.of(), authorMapper, bookMapper, run);
        ClassLoader loader = loader(compilation);
        Class<?> books = load(loader, "p.BookMapperImpl");
        Class<?> authors = load(loader, "p.AuthorMapperImpl");

        for (Class<?> implementation : List.of(books, authors)) {
            assertEquals(List.of(injectPackage + ".Singleton", injectPackage + ".Named"),
                    annotationNames(implementation.getAnnotations()), implementation.getName());
            // Containers may subclass beans to proxy them.
            assertFalse(Modifier.isFinal(implementation.getModifiers()), implementation.getName());
        }
        Constructor<?> injected = books.getConstructor(load(loader, "p.AuthorMapper"));
        assertEquals(List.of(injectPackage + ".Inject"), annotationNames(injected.getAnnotations()));
        assertEquals(1, books.getDeclaredConstructors().length);
        // Without uses: the public no-argument constructor, which JSR-330 injects without @Inject.
        assertEquals(0, authors.getConstructor().getParameterCount());

        Object mapper = injected.newInstance(authors.getConstructor().newInstance());
        @SuppressWarnings("unchecked")
        Function<Object, String> convert = (Function<Object, String>) load(loader, "p.Run").getConstructor().newInstance();
        assertEquals("BookDto[title=Solaris, author=AuthorDto[name=Lem]]", convert.apply(mapper));
    }

    private static List<String> annotationNames(Annotation[] annotations) {
        return Arrays.stream(annotations).map(a -> a.annotationType().getName()).toList();
    }
}
