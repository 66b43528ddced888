package io.transmute.ecosystem.protobuf;

import java.util.Map;

public record ScoreboardDto(String name, Map<String, Integer> scores) {
}
