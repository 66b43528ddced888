package io.transmute.ecosystem.protobuf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.ecosystem.protobuf.proto.Scoreboard;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreboardConverterTest {
    private final ScoreboardConverter converter = Converters.get(ScoreboardConverter.class);

    @Test
    void mapFieldIsReadThroughItsMapGetter() {
        Scoreboard message = Scoreboard.newBuilder().setName("league").putScores("ada", 3).putScores("bob", 1).build();

        assertEquals(new ScoreboardDto("league", Map.of("ada", 3, "bob", 1)), converter.toDto(message));
    }

    @Test
    void mapFieldIsWrittenThroughPutAll() {
        ScoreboardDto dto = new ScoreboardDto("league", Map.of("ada", 3, "bob", 1));

        assertEquals(Scoreboard.newBuilder().setName("league").putScores("ada", 3).putScores("bob", 1).build(),
                converter.toMessage(dto));
    }

    @Test
    void nullMapLeavesTheFieldEmpty() {
        assertEquals(Scoreboard.newBuilder().setName("league").build(),
                converter.toMessage(new ScoreboardDto("league", null)));
    }
}
