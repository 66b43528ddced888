package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.coercion.CoercerBeatsConverterReuse.Author;
import io.transmute.tests.coercion.CoercerBeatsConverterReuse.AuthorDto;
import io.transmute.tests.coercion.CoercerBeatsConverterReuse.Book;
import io.transmute.tests.coercion.CoercerBeatsConverterReuse.BookDto;
import io.transmute.tests.coercion.CoercerBeatsConverterReuse.Editor;
import io.transmute.tests.coercion.CoercerBeatsConverterReuse.EditorDto;
import io.transmute.tests.coercion.CoercerBeatsConverterReuse.Magazine;
import io.transmute.tests.coercion.CoercerBeatsConverterReuse.MagazineDto;
import org.junit.jupiter.api.Test;

class CoercerBeatsConverterReuseTest {
    private final CoercerBeatsConverterReuse converter = Converters.get(CoercerBeatsConverterReuse.class);

    @Test
    void coercerWinsOverTheMatchingConverter() {
        assertEquals(new BookDto(new AuthorDto("Frank", "coercer")), converter.toDto(new Book(new Author("Frank"))));
        assertEquals(new AuthorDto("Frank", "converter"), converter.toDto(new Author("Frank")));
    }

    @Test
    void converterWithAnExtraParameterIsNotReused() {
        assertEquals(new MagazineDto(new EditorDto("Ed", null)), converter.toDto(new Magazine(new Editor("Ed"))));
        assertEquals(new EditorDto("Ed", "x"), converter.toDto(new Editor("Ed"), "x"));
    }
}
