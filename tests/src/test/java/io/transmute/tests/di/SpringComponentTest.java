package io.transmute.tests.di;

import static io.transmute.tests.di.InMemoryCompiler.compileCleanly;
import static io.transmute.tests.di.InMemoryCompiler.generated;
import static io.transmute.tests.di.InMemoryCompiler.load;
import static io.transmute.tests.di.InMemoryCompiler.loader;
import static io.transmute.tests.di.InMemoryCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.JavaFileObject;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * {@code ComponentModel.SPRING}: the generated converters are Spring components that receive the
 * converters they use by constructor, started in a real Spring context and injected into a service.
 */
class SpringComponentTest {

    /** A shared configuration: both converters name it, and neither repeats the component model. */
    private static final JavaFileObject SPRING_CONFIG = source("SpringConfig", """
            @ConverterConfig(componentModel = ComponentModel.SPRING)
            public interface SpringConfig {
            }
            """);

    private static final JavaFileObject AUTHOR_MAPPER = source("AuthorMapper", """
            @ConverterConfig(config = SpringConfig.class)
            public interface AuthorMapper {
                record Author(String name) {}
                record AuthorDto(String name) {}

                @Converter
                AuthorDto toDto(Author author);
            }
            """);

    private static final JavaFileObject BOOK_MAPPER = source("BookMapper", """
            @ConverterConfig(config = SpringConfig.class, uses = AuthorMapper.class)
            public interface BookMapper {
                record Book(String title, AuthorMapper.Author author) {}
                record BookDto(String title, AuthorMapper.AuthorDto author) {}

                @Converter
                BookDto toDto(Book book);
            }
            """);

    private static final JavaFileObject BOOK_SERVICE = source("BookService", """
            @org.springframework.stereotype.Service
            public class BookService implements java.util.function.Supplier<String> {
                private final BookMapper bookMapper;

                public BookService(BookMapper bookMapper) {
                    this.bookMapper = bookMapper;
                }

                @Override
                public String get() {
                    return bookMapper.toDto(new BookMapper.Book("Solaris", new AuthorMapper.Author("Lem"))).toString();
                }
            }
            """);

    @Test
    void aSpringContextInjectsTheGeneratedConverterIntoAService() {
        Compilation compilation = compileCleanly(List.of(), SPRING_CONFIG, AUTHOR_MAPPER, BOOK_MAPPER, BOOK_SERVICE);
        ClassLoader loader = loader(compilation);

        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.setClassLoader(loader);
            context.register(load(loader, "p.AuthorMapperImpl"), load(loader, "p.BookMapperImpl"),
                    load(loader, "p.BookService"));
            context.refresh();

            Supplier<?> service = (Supplier<?>) context.getBean(load(loader, "p.BookService"));
            assertEquals("BookDto[title=Solaris, author=AuthorDto[name=Lem]]", service.get());
            // One bean of each converter: the service's and the one the book converter uses.
            assertSame(context.getBean(load(loader, "p.BookMapper")), context.getBean(load(loader, "p.BookMapperImpl")));
            assertEquals(1, context.getBeanNamesForType(load(loader, "p.AuthorMapper")).length);
        }
    }

    /**
     * Spring Boot proxies beans by subclassing them (proxyTargetClass) when an aspect applies, which
     * a final class would make fail at startup.
     */
    @Test
    void springCanProxyTheGeneratedClassBySubclassingIt() throws Exception {
        Compilation compilation = compileCleanly(List.of(), SPRING_CONFIG, AUTHOR_MAPPER, BOOK_MAPPER);
        ClassLoader loader = loader(compilation);
        Class<?> bookMapper = load(loader, "p.BookMapperImpl");
        Object authors = load(loader, "p.AuthorMapperImpl").getConstructor().newInstance();
        Object target = bookMapper.getConstructors()[0].newInstance(authors);
        List<String> calls = new java.util.ArrayList<>();

        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            calls.add(invocation.getMethod().getName());
            return invocation.proceed();
        });
        Object proxy = factory.getProxy(loader);

        assertTrue(bookMapper.isInstance(proxy) && proxy.getClass() != bookMapper, proxy.getClass().getName());
        Object book = load(loader, "p.BookMapper$Book").getConstructors()[0].newInstance("Solaris",
                load(loader, "p.AuthorMapper$Author").getConstructors()[0].newInstance("Lem"));
        Object dto = bookMapper.getMethod("toDto", book.getClass()).invoke(proxy, book);
        assertEquals("BookDto[title=Solaris, author=AuthorDto[name=Lem]]", dto.toString());
        assertEquals(List.of("toDto"), calls);
    }

    @Test
    void theImplementationIsAComponentWithAConstructorForWhatItUses() {
        Compilation compilation = compileCleanly(List.of(), SPRING_CONFIG, AUTHOR_MAPPER, BOOK_MAPPER);

        String implementation = generated(compilation, "p.BookMapperImpl");
        assertTrue(implementation.contains("""
                @Generated("io.transmute.processor.TransmuteProcessor")
                @Component
                public class BookMapperImpl implements BookMapper {
                    private final AuthorMapper authorMapper;

                    public BookMapperImpl(AuthorMapper authorMapper) {
                        this.authorMapper = authorMapper;
                    }
                """), implementation);
        assertTrue(implementation.contains("import org.springframework.stereotype.Component;"), implementation);
        // Without uses, Spring calls the implicit public constructor.
        String author = generated(compilation, "p.AuthorMapperImpl");
        assertTrue(author.contains("@Component\npublic class AuthorMapperImpl implements AuthorMapper {\n"
                + "    @Override"), author);
    }

    @Test
    void theProcessorOptionMakesEveryConverterAComponent() {
        JavaFileObject mapper = source("AuthorMapper", """
                public interface AuthorMapper {
                    record Author(String name) {}
                    record AuthorDto(String name) {}

                    @Converter
                    AuthorDto toDto(Author author);
                }
                """);
        Compilation compilation = compileCleanly(List.of("-Atransmute.defaultComponentModel=spring"), mapper);
        ClassLoader loader = loader(compilation);

        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.setClassLoader(loader);
            context.register(load(loader, "p.AuthorMapperImpl"));
            context.refresh();

            assertTrue(generated(compilation, "p.AuthorMapperImpl").contains("@Component"));
            assertEquals(1, context.getBeanNamesForType(load(loader, "p.AuthorMapper")).length);
        }
    }
}
