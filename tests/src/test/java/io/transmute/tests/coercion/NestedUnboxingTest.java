package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.Converters;
import io.transmute.tests.coercion.NestedUnboxing.Player;
import io.transmute.tests.coercion.NestedUnboxing.PlayerDto;
import io.transmute.tests.coercion.NestedUnboxing.Team;
import io.transmute.tests.coercion.NestedUnboxing.TeamDto;
import java.util.List;
import org.junit.jupiter.api.Test;

class NestedUnboxingTest {
    private final NestedUnboxing converter = Converters.get(NestedUnboxing.class);

    @Test
    void unboxesInNestedModelsAndElements() {
        TeamDto dto = converter.convert(new Team(new Player("Ann", 10), List.of(new Player("Bo", 7))));

        assertEquals(new TeamDto(new PlayerDto("Ann", 10), List.of(new PlayerDto("Bo", 7))), dto);
    }

    @Test
    void nullInNestedModelNamesTheNestedPath() {
        Team team = new Team(new Player("Ann", null), List.of());

        NullPointerException e = assertThrows(NullPointerException.class, () -> converter.convert(team));

        assertNamesTheNullValue("NestedUnboxing.Team.captain.number is null,"
                + " but NestedUnboxing.TeamDto.captain.number is a primitive int", e.getMessage());
    }

    @Test
    void nullInListElementNamesTheElementPath() {
        Team team = new Team(new Player("Ann", 10), List.of(new Player("Bo", null)));

        NullPointerException e = assertThrows(NullPointerException.class, () -> converter.convert(team));

        assertNamesTheNullValue("NestedUnboxing.Team.players[].number is null,"
                + " but NestedUnboxing.TeamDto.players[].number is a primitive int", e.getMessage());
    }

    /**
     * The helper converting a Player is shared by the captain and the list elements, so the message
     * may name the exact path, or the types when one helper serves several paths; never a wrong path.
     */
    private static void assertNamesTheNullValue(String pathMessage, String actual) {
        String typeMessage = "NestedUnboxing.Player.number is null,"
                + " but NestedUnboxing.PlayerDto.number is a primitive int";
        assertTrue(actual.equals(pathMessage) || actual.equals(typeMessage),
                () -> "expected <" + pathMessage + "> or <" + typeMessage + "> but was <" + actual + ">");
    }
}
