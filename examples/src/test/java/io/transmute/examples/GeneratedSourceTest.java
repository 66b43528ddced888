package io.transmute.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the generated BookMapperImpl: it must be where the README says. */
class GeneratedSourceTest {
    static final Path BOOK_MAPPER_IMPL = Path.of(System.getProperty("basedir", "."),
            "target/generated-sources/annotations/io/transmute/examples/BookMapperImpl.java");

    @Test
    void bookMapperImplIsGeneratedAsPlainJava() throws IOException {
        assertTrue(Files.isRegularFile(BOOK_MAPPER_IMPL), BOOK_MAPPER_IMPL + " exists");
        String source = Files.readString(BOOK_MAPPER_IMPL);
        for (String expected : new String[] {
                "public final class BookMapperImpl implements BookMapper {",
                "public BookDto toDto(Book entity, int pageCount) {",
                "public List<BookSummary> summaries(List<Book> books) {",
                "public Book create(BookForm form, EntityManager em) {",
                "public void update(BookEdit edit, Book book, EntityManager em) {",
                "referenceCheck.verify();",
        }) {
            assertTrue(source.contains(expected), () -> "BookMapperImpl.java contains " + expected + ":\n" + source);
        }
    }
}
