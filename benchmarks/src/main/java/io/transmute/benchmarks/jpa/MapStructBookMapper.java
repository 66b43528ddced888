package io.transmute.benchmarks.jpa;

import io.transmute.benchmarks.jpa.dto.BookDto;
import io.transmute.benchmarks.jpa.entity.Book;
import io.transmute.benchmarks.jpa.entity.Tag;
import java.util.List;
import org.mapstruct.Mapper;

/** Books to DTOs, as a MapStruct mapper (which has no notion of what is loaded). */
@Mapper
public interface MapStructBookMapper {

    List<BookDto> toDtos(List<Book> books);

    BookDto toDto(Book book);

    default String label(Tag tag) {
        return tag == null ? null : tag.getLabel();
    }
}
