package io.transmute.tests.di;

import static io.transmute.tests.di.InMemoryCompiler.compileCleanly;
import static io.transmute.tests.di.InMemoryCompiler.generated;
import static io.transmute.tests.di.InMemoryCompiler.load;
import static io.transmute.tests.di.InMemoryCompiler.loader;
import static io.transmute.tests.di.InMemoryCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.JavaFileObject;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * {@code ComponentModel.JAKARTA_CDI}: the generated converters are application-scoped CDI beans,
 * started in a real Weld SE container and injected into a bean of the application.
 */
class CdiBeanTest {

    private static final JavaFileObject AUTHOR_MAPPER = source("AuthorMapper", """
            @ConverterConfig(componentModel = ComponentModel.JAKARTA_CDI)
            public interface AuthorMapper {
                record Author(String name) {}
                record AuthorDto(String name) {}

                @Converter
                AuthorDto toDto(Author author);
            }
            """);

    private static final JavaFileObject BOOK_MAPPER = source("BookMapper", """
            @ConverterConfig(componentModel = ComponentModel.JAKARTA_CDI, uses = AuthorMapper.class)
            public interface BookMapper {
                record Book(String title, AuthorMapper.Author author) {}
                record BookDto(String title, AuthorMapper.AuthorDto author) {}

                @Converter
                BookDto toDto(Book book);
            }
            """);

    private static final JavaFileObject LIBRARY = source("Library", """
            @jakarta.enterprise.context.Dependent
            public class Library implements java.util.function.Supplier<String> {
                private final BookMapper bookMapper;

                @jakarta.inject.Inject
                public Library(BookMapper bookMapper) {
                    this.bookMapper = bookMapper;
                }

                @Override
                public String get() {
                    return bookMapper.toDto(new BookMapper.Book("Solaris", new AuthorMapper.Author("Lem"))).toString();
                }
            }
            """);

    @Test
    void weldInjectsTheGeneratedConverterIntoABean() {
        Compilation compilation = compileCleanly(List.of(), AUTHOR_MAPPER, BOOK_MAPPER, LIBRARY);
        ClassLoader loader = loader(compilation);
        Weld weld = new Weld()
                .containerId("transmute-cdi-test")
                .disableDiscovery()
                .setClassLoader(loader)
                .addBeanClasses(load(loader, "p.AuthorMapperImpl"), load(loader, "p.BookMapperImpl"),
                        load(loader, "p.Library"));

        try (WeldContainer container = weld.initialize()) {
            Supplier<?> library = (Supplier<?>) container.select(load(loader, "p.Library")).get();

            assertEquals("BookDto[title=Solaris, author=AuthorDto[name=Lem]]", library.get());
        }
    }

    @Test
    void theBeanIsProxyableWithAnInjectConstructor() {
        Compilation compilation = compileCleanly(List.of(), AUTHOR_MAPPER, BOOK_MAPPER);

        String implementation = generated(compilation, "p.BookMapperImpl");
        assertTrue(implementation.contains("""
                @ApplicationScoped
                public class BookMapperImpl implements BookMapper {
                    private final AuthorMapper authorMapper;

                    @Inject
                    public BookMapperImpl(AuthorMapper authorMapper) {
                        this.authorMapper = authorMapper;
                    }

                    /**
                     * For the container's client proxy, which passes every call on to the bean.
                     */
                    protected BookMapperImpl() {
                        this(null);
                    }
                """), implementation);
    }
}
