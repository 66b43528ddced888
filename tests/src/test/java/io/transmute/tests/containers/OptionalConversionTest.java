package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.containers.OptionalConversion.Profile;
import io.transmute.tests.containers.OptionalConversion.ProfileDto;
import io.transmute.tests.containers.OptionalConversion.Review;
import io.transmute.tests.containers.OptionalConversion.ReviewDto;
import io.transmute.tests.containers.OptionalConversion.Status;
import io.transmute.tests.containers.OptionalConversion.StatusDto;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionalConversionTest {
    private final OptionalConversion converter = Converters.get(OptionalConversion.class);

    @Test
    void convertsPresentContentAndWrapsPlainValues() {
        Profile profile = new Profile(Optional.of(new Review("best")), new Review("pinned"), Optional.of("neo"),
                "carpe diem", Optional.of(Status.BANNED), 33, 4);

        ProfileDto dto = converter.convert(profile);

        assertEquals(new ProfileDto(Optional.of(new ReviewDto("best")), Optional.of(new ReviewDto("pinned")),
                Optional.of("neo"), Optional.of("carpe diem"), Optional.of(StatusDto.BANNED), Optional.of(33),
                Optional.of(4)), dto);
    }

    @Test
    void emptyOptionalsStayEmpty() {
        Profile profile = new Profile(Optional.empty(), new Review("pinned"), Optional.empty(), "m",
                Optional.empty(), 1, 1);

        ProfileDto dto = converter.convert(profile);

        assertEquals(Optional.empty(), dto.best());
        assertEquals(Optional.empty(), dto.nick());
        assertEquals(Optional.empty(), dto.status());
    }

    @Test
    void nullOptionalsAndNullValuesGiveEmpty() {
        ProfileDto dto = converter.convert(new Profile(null, null, null, null, null, 0, null));

        assertEquals(new ProfileDto(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(0), Optional.empty()), dto);
    }
}
