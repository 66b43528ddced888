package io.transmute.ecosystem.protobuf;

import io.transmute.Converter;
import io.transmute.ecosystem.protobuf.proto.Scoreboard;

/** A message with a map field, both ways: the builder has no setScores, only putAllScores. */
public interface ScoreboardConverter {

    @Converter
    ScoreboardDto toDto(Scoreboard scoreboard);

    @Converter
    Scoreboard toMessage(ScoreboardDto dto);
}
