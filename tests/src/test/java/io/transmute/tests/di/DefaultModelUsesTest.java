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
import org.junit.jupiter.api.Test;

/**
 * {@code @ConverterConfig(uses = ...)} under the default component model: the implementation creates
 * each used type once, in its constructor, and calls its converters and coercers.
 */
class DefaultModelUsesTest {

    private static final JavaFileObject AUTHOR_MAPPER = source("AuthorMapper", """
            public interface AuthorMapper {
                record Author(String name, java.time.LocalDate born) {}
                record AuthorDto(String name, String born) {}

                @Converter
                AuthorDto toDto(Author author);

                @Coercer
                default String isoDate(java.time.LocalDate date) {
                    return date.toString();
                }
            }
            """);

    /** A plain class: created with its no-argument constructor, counting how often that happens. */
    private static final JavaFileObject PRICES = source("Prices", """
            public class Prices {
                public static int created;

                public Prices() {
                    created++;
                }

                @Coercer
                public String euros(long cents) {
                    return cents / 100 + "." + String.format("%02d", cents % 100) + " EUR";
                }
            }
            """);

    private static final JavaFileObject BOOK_MAPPER = source("BookMapper", """
            @ConverterConfig(uses = {AuthorMapper.class, Prices.class})
            public interface BookMapper {
                record Book(String title, AuthorMapper.Author author, long price) {}
                record BookDto(String title, AuthorMapper.AuthorDto author, String price) {}

                @Converter
                BookDto toDto(Book book);

                @Converter
                List<BookDto> toDtos(List<Book> books);
            }
            """);

    private static final JavaFileObject RUN = source("Run", """
            public class Run implements java.util.function.Supplier<String> {
                @Override
                public String get() {
                    BookMapper mapper = Converters.get(BookMapper.class);
                    var author = new AuthorMapper.Author("Le Guin", java.time.LocalDate.of(1929, 10, 21));
                    var books = List.of(new BookMapper.Book("The Dispossessed", author, 1250),
                            new BookMapper.Book("The Lathe of Heaven", author, 999));
                    return mapper.toDtos(books) + " " + Prices.created;
                }
            }
            """);

    @Test
    void usedConvertersAndCoercersAreCalledOnFieldsCreatedOnce() throws Exception {
        Compilation compilation = compileCleanly(List.of(), AUTHOR_MAPPER, PRICES, BOOK_MAPPER, RUN);

        assertEquals("[BookDto[title=The Dispossessed, author=AuthorDto[name=Le Guin, born=1929-10-21],"
                + " price=12.50 EUR], BookDto[title=The Lathe of Heaven, author=AuthorDto[name=Le Guin,"
                + " born=1929-10-21], price=9.99 EUR]] 1", run(compilation));
    }

    @Test
    void theConstructorCreatesTheUsedTypes() {
        Compilation compilation = compileCleanly(List.of(), AUTHOR_MAPPER, PRICES, BOOK_MAPPER);

        String implementation = generated(compilation, "p.BookMapperImpl");
        assertTrue(implementation.contains("""
                public final class BookMapperImpl implements BookMapper {
                    private final AuthorMapper authorMapper;

                    private final Prices prices;

                    public BookMapperImpl() {
                        this.authorMapper = new AuthorMapperImpl();
                        this.prices = new Prices();
                    }
                """), implementation);
        assertTrue(implementation.contains("AuthorMapper.AuthorDto author = authorMapper.toDto(book.author());"),
                implementation);
        assertTrue(implementation.contains("String price = prices.euros(book.price());"), implementation);
    }

    private static final JavaFileObject SHARED = source("Shared", """
            public interface Shared {
                record Money(long cents) {}
                record Item(String name) {}
                record ItemDto(String name) {}

                @Converter
                ItemDto toDto(Item item);

                @Coercer
                default String format(Money money) {
                    return "shared " + money.cents();
                }
            }
            """);

    @Test
    void theTypesOwnCoercerAndConverterWinOverTheUsedTypes() throws Exception {
        JavaFileObject mapper = source("OrderMapper", """
                @ConverterConfig(uses = Shared.class)
                public interface OrderMapper {
                    record Order(Shared.Money total, Shared.Item item) {}
                    record OrderDto(String total, Shared.ItemDto item) {}

                    @Converter
                    OrderDto toDto(Order order);

                    @Converter
                    @Link(from = "name", to = "name", coercer = "own")
                    Shared.ItemDto item(Shared.Item item);

                    @Coercer
                    static String format(Shared.Money money) {
                        return "own " + money.cents();
                    }

                    static String own(String name) {
                        return "own " + name;
                    }
                }
                """);
        JavaFileObject run = source("Run", """
                public class Run implements java.util.function.Supplier<String> {
                    @Override
                    public String get() {
                        return new OrderMapperImpl().toDto(new OrderMapper.Order(new Shared.Money(5),
                                new Shared.Item("pen"))).toString();
                    }
                }
                """);

        Compilation compilation = compileCleanly(List.of(), SHARED, mapper, run);

        assertEquals("OrderDto[total=own 5, item=ItemDto[name=own pen]]", run(compilation));
    }

    /** A shared configuration's used types add to the type's own, as with MapStruct's @MapperConfig. */
    @Test
    void usedTypesOfASharedConfigurationAddToTheTypesOwn() throws Exception {
        JavaFileObject config = source("Common", """
                @ConverterConfig(uses = Shared.class)
                public interface Common {
                }
                """);
        JavaFileObject mapper = source("OrderMapper", """
                @ConverterConfig(config = Common.class, uses = Prices.class)
                public interface OrderMapper {
                    record Order(Shared.Money total, long shipping) {}
                    record OrderDto(String total, String shipping) {}

                    @Converter
                    OrderDto toDto(Order order);
                }
                """);
        JavaFileObject run = source("Run", """
                public class Run implements java.util.function.Supplier<String> {
                    @Override
                    public String get() {
                        return new OrderMapperImpl().toDto(new OrderMapper.Order(new Shared.Money(5), 250)).toString();
                    }
                }
                """);

        Compilation compilation = compileCleanly(List.of(), SHARED, PRICES, config, mapper, run);

        assertEquals("OrderDto[total=shared 5, shipping=2.50 EUR]", run(compilation));
    }

    @Test
    void usedTypesFillWhatTheTypeDoesNotConvertItself() throws Exception {
        JavaFileObject mapper = source("OrderMapper", """
                @ConverterConfig(uses = Shared.class)
                public interface OrderMapper {
                    record Order(Shared.Money total, Shared.Item item) {}
                    record OrderDto(String total, Shared.ItemDto item) {}

                    @Converter
                    OrderDto toDto(Order order);
                }
                """);
        JavaFileObject run = source("Run", """
                public class Run implements java.util.function.Supplier<String> {
                    @Override
                    public String get() {
                        return new OrderMapperImpl().toDto(new OrderMapper.Order(new Shared.Money(5),
                                new Shared.Item("pen"))).toString();
                    }
                }
                """);

        Compilation compilation = compileCleanly(List.of(), SHARED, mapper, run);

        assertEquals("OrderDto[total=shared 5, item=ItemDto[name=pen]]", run(compilation));
        assertTrue(generated(compilation, "p.OrderMapperImpl").contains("shared.toDto(order.item())"));
    }

    @Test
    void linksNameMethodsOfUsedTypesWhenTheTypeHasNoneOfThatName() throws Exception {
        JavaFileObject labels = source("Labels", """
                public class Labels {
                    public String shout(String text) {
                        return text.toUpperCase(Locale.ROOT) + "!";
                    }

                    public String edition() {
                        return "first";
                    }
                }
                """);
        JavaFileObject mapper = source("PosterMapper", """
                @ConverterConfig(uses = Labels.class)
                public interface PosterMapper {
                    record Film(String title) {}
                    record Poster(String title, String edition) {}

                    @Converter
                    @Link(from = "title", to = "title", coercer = "shout")
                    @LinkConstant(to = "edition", factory = "edition")
                    Poster toPoster(Film film);
                }
                """);
        JavaFileObject run = source("Run", """
                public class Run implements java.util.function.Supplier<String> {
                    @Override
                    public String get() {
                        return new PosterMapperImpl().toPoster(new PosterMapper.Film("Alien")).toString();
                    }
                }
                """);

        Compilation compilation = compileCleanly(List.of(), labels, mapper, run);

        assertEquals("Poster[title=ALIEN!, edition=first]", run(compilation));
        String implementation = generated(compilation, "p.PosterMapperImpl");
        assertTrue(implementation.contains("String edition = labels.edition();"), implementation);
    }

    @Test
    void aParameterNamedLikeTheFieldDoesNotHideIt() throws Exception {
        JavaFileObject mapper = source("OrderMapper", """
                @ConverterConfig(uses = Shared.class)
                public interface OrderMapper {
                    record Order(Shared.Money total, Shared.Item item) {}
                    record OrderDto(String total, Shared.ItemDto item, String shared) {}

                    @Converter
                    OrderDto toDto(Order order, String shared);
                }
                """);
        JavaFileObject run = source("Run", """
                public class Run implements java.util.function.Supplier<String> {
                    @Override
                    public String get() {
                        return new OrderMapperImpl().toDto(new OrderMapper.Order(new Shared.Money(5),
                                new Shared.Item("pen")), "param").toString();
                    }
                }
                """);

        Compilation compilation = compileCleanly(List.of(), SHARED, mapper, run);

        assertEquals("OrderDto[total=shared 5, item=ItemDto[name=pen], shared=param]", run(compilation));
        assertTrue(generated(compilation, "p.OrderMapperImpl").contains("private final Shared shared2;"));
    }

    @SuppressWarnings("unchecked")
    static String run(Compilation compilation) throws ReflectiveOperationException {
        Class<?> run = load(loader(compilation), "p.Run");
        return ((Supplier<String>) run.getConstructor().newInstance()).get();
    }
}
