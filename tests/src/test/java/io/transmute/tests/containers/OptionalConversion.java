package io.transmute.tests.containers;

import io.transmute.Converter;
import java.util.Optional;

/** Optional to Optional with the content converted, and a plain value wrapped into an Optional. */
public interface OptionalConversion {

    enum Status { ACTIVE, BANNED }

    enum StatusDto { BANNED, ACTIVE }

    record Review(String text) {
    }

    record ReviewDto(String text) {
    }

    record Profile(Optional<Review> best, Review pinned, Optional<String> nick, String motto,
            Optional<Status> status, int age, Integer rank) {
    }

    record ProfileDto(Optional<ReviewDto> best, Optional<ReviewDto> pinned, Optional<String> nick,
            Optional<String> motto, Optional<StatusDto> status, Optional<Integer> age, Optional<Integer> rank) {
    }

    @Converter
    ProfileDto convert(Profile profile);
}
