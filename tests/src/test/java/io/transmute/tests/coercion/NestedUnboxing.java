package io.transmute.tests.coercion;

import io.transmute.Converter;
import java.util.List;

/** Null-checked unboxing inside a nested model and inside list elements. */
public interface NestedUnboxing {

    record Player(String name, Integer number) {
    }

    record PlayerDto(String name, int number) {
    }

    record Team(Player captain, List<Player> players) {
    }

    record TeamDto(PlayerDto captain, List<PlayerDto> players) {
    }

    @Converter
    TeamDto convert(Team team);
}
