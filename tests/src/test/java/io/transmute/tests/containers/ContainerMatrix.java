package io.transmute.tests.containers;

import io.transmute.Converter;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Every source container (List, Set, Collection, plain Iterable, array) to every destination. */
public interface ContainerMatrix {

    record Review(String text, int stars) {
    }

    record ReviewDto(String text, int stars) {
    }

    record Shelf(List<Review> list, Set<Review> set, Collection<Review> collection, Pile<Review> iterable,
            Review[] array) {
    }

    record ListShelf(List<ReviewDto> list, List<ReviewDto> set, List<ReviewDto> collection,
            List<ReviewDto> iterable, List<ReviewDto> array) {
    }

    record SetShelf(Set<ReviewDto> list, Set<ReviewDto> set, Set<ReviewDto> collection, Set<ReviewDto> iterable,
            Set<ReviewDto> array) {
    }

    record CollectionShelf(Collection<ReviewDto> list, Collection<ReviewDto> set,
            Collection<ReviewDto> collection, Collection<ReviewDto> iterable, Collection<ReviewDto> array) {
    }

    record ArrayShelf(ReviewDto[] list, ReviewDto[] set, ReviewDto[] collection, ReviewDto[] iterable,
            ReviewDto[] array) {
    }

    @Converter
    ListShelf toLists(Shelf shelf);

    @Converter
    SetShelf toSets(Shelf shelf);

    @Converter
    CollectionShelf toCollections(Shelf shelf);

    @Converter
    ArrayShelf toArrays(Shelf shelf);
}
