package io.transmute.benchmarks.jpa;

import io.transmute.benchmarks.jpa.dto.AuthorDto;
import io.transmute.benchmarks.jpa.dto.BookDto;
import io.transmute.benchmarks.jpa.dto.ReviewDto;
import io.transmute.benchmarks.jpa.entity.Author;
import io.transmute.benchmarks.jpa.entity.Book;
import io.transmute.benchmarks.jpa.entity.Review;
import io.transmute.benchmarks.jpa.entity.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The baseline: books to DTOs as a careful engineer writes it by hand (reading through getters). */
public final class HandwrittenBookMapper {

    public List<BookDto> toDtos(List<Book> books) {
        if (books == null) {
            return null;
        }
        List<BookDto> dtos = new ArrayList<>(books.size());
        for (Book book : books) {
            dtos.add(toDto(book));
        }
        return dtos;
    }

    public BookDto toDto(Book book) {
        if (book == null) {
            return null;
        }
        return new BookDto(book.getId(), book.getTitle(), book.getIsbn(), toDto(book.getAuthor()),
                toReviewDtos(book.getReviews()), labels(book.getTags()));
    }

    private static AuthorDto toDto(Author author) {
        return author == null ? null : new AuthorDto(author.getId(), author.getName());
    }

    private static List<ReviewDto> toReviewDtos(List<Review> reviews) {
        if (reviews == null) {
            return null;
        }
        List<ReviewDto> dtos = new ArrayList<>(reviews.size());
        for (Review review : reviews) {
            dtos.add(review == null ? null
                    : new ReviewDto(review.getId(), review.getReviewer(), review.getStars(), review.getComment()));
        }
        return dtos;
    }

    private static List<String> labels(Set<Tag> tags) {
        if (tags == null) {
            return null;
        }
        List<String> labels = new ArrayList<>(tags.size());
        for (Tag tag : tags) {
            labels.add(tag == null ? null : tag.getLabel());
        }
        return labels;
    }
}
