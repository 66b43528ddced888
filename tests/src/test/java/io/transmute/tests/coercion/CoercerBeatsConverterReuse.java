package io.transmute.tests.coercion;

import io.transmute.Coercer;
import io.transmute.Converter;
import io.transmute.LinkConstant;

/**
 * A {@code @Coercer} from Author to AuthorDto comes before reusing the Author converter; a
 * converter with an extra parameter is never reused.
 */
public interface CoercerBeatsConverterReuse {

    record Author(String name) {
    }

    record AuthorDto(String name, String via) {
    }

    record Book(Author author) {
    }

    record BookDto(AuthorDto author) {
    }

    @Converter
    @LinkConstant(to = "via", value = "converter")
    AuthorDto toDto(Author author);

    @Converter
    BookDto toDto(Book book);

    @Coercer
    static AuthorDto viaCoercer(Author author) {
        return new AuthorDto(author.name(), "coercer");
    }

    record Editor(String name) {
    }

    record EditorDto(String name, String via) {
    }

    record Magazine(Editor editor) {
    }

    record MagazineDto(EditorDto editor) {
    }

    @Converter
    EditorDto toDto(Editor editor, String via);

    @Converter(allowUnlinked = "editor.via")
    MagazineDto toDto(Magazine magazine);
}
