package io.transmute.tests.di;

import static io.transmute.tests.di.InMemoryCompiler.compileCleanlyWith;
import static io.transmute.tests.di.InMemoryCompiler.generated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.mapstruct.ap.MappingProcessor;

/**
 * Migrating one mapper at a time: a Transmute converter type uses a MapStruct mapper, compiled by
 * both processors together, and calls MapStruct's implementation instead of converting by itself.
 */
class MapStructUsesTest {

    /** Upper-cases the name, which Transmute's own conversion of Author would not do. */
    private static final JavaFileObject AUTHOR_MAPPER = InMemoryCompiler.source("AuthorMapper", """
            @org.mapstruct.Mapper
            public interface AuthorMapper {
                record Author(String name) {}
                record AuthorDto(String name) {}

                @org.mapstruct.Mapping(target = "name", expression = "java(author.name().toUpperCase())")
                AuthorDto toDto(Author author);
            }
            """);

    private static final JavaFileObject RUN = InMemoryCompiler.source("Run", """
            public class Run implements java.util.function.Supplier<String> {
                @Override
                public String get() {
                    var author = new AuthorMapper.Author("Le Guin");
                    return Converters.get(BookMapper.class).toDto(new BookMapper.Book("Tehanu", author,
                            List.of(author))).toString();
                }
            }
            """);

    @Test
    void theMapStructMappersMethodsConvertAndItsImplementationIsCreated() throws Exception {
        JavaFileObject bookMapper = InMemoryCompiler.source("BookMapper", """
                @ConverterConfig(uses = AuthorMapper.class)
                public interface BookMapper {
                    record Book(String title, AuthorMapper.Author author, List<AuthorMapper.Author> others) {}
                    record BookDto(String title, AuthorMapper.AuthorDto author, List<AuthorMapper.AuthorDto> others) {}

                    @Converter
                    BookDto toDto(Book book);
                }
                """);

        Compilation compilation = compileCleanlyWith(new MappingProcessor(), AUTHOR_MAPPER, bookMapper, RUN);

        assertEquals("BookDto[title=Tehanu, author=AuthorDto[name=LE GUIN], others=[AuthorDto[name=LE GUIN]]]",
                DefaultModelUsesTest.run(compilation));
        String implementation = generated(compilation, "p.BookMapperImpl");
        assertTrue(implementation.contains("this.authorMapper = new AuthorMapperImpl();"), implementation);
        assertTrue(implementation.contains("authorMapper.toDto(book.author())"), implementation);
        // No conversion of its own for the pair the mapper converts.
        assertFalse(implementation.contains("authorToAuthorDto("), implementation);
    }

    /** MapStruct names a nested mapper's implementation Outer$InnerImpl. */
    @Test
    void aNestedMapStructMapper() throws Exception {
        JavaFileObject mappers = InMemoryCompiler.source("Mappers", """
                public interface Mappers {
                    @org.mapstruct.Mapper
                    interface Authors {
                        @org.mapstruct.Mapping(target = "name", expression = "java(author.name().toUpperCase())")
                        AuthorMapper.AuthorDto toDto(AuthorMapper.Author author);
                    }
                }
                """);
        JavaFileObject bookMapper = InMemoryCompiler.source("BookMapper", """
                @ConverterConfig(uses = Mappers.Authors.class)
                public interface BookMapper {
                    record Book(String title, AuthorMapper.Author author, List<AuthorMapper.Author> others) {}
                    record BookDto(String title, AuthorMapper.AuthorDto author, List<AuthorMapper.AuthorDto> others) {}

                    @Converter
                    BookDto toDto(Book book);
                }
                """);
        JavaFileObject authorRecords = InMemoryCompiler.source("AuthorMapper", """
                public interface AuthorMapper {
                    record Author(String name) {}
                    record AuthorDto(String name) {}
                }
                """);

        Compilation compilation = compileCleanlyWith(new MappingProcessor(), authorRecords, mappers, bookMapper, RUN);

        assertEquals("BookDto[title=Tehanu, author=AuthorDto[name=LE GUIN], others=[AuthorDto[name=LE GUIN]]]",
                DefaultModelUsesTest.run(compilation));
    }
}
