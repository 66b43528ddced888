package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.containers.NestedContainers.Cell;
import io.transmute.tests.containers.NestedContainers.CellDto;
import io.transmute.tests.containers.NestedContainers.Grid;
import io.transmute.tests.containers.NestedContainers.GridDto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NestedContainersTest {
    private final NestedContainers converter = Converters.get(NestedContainers.class);

    @Test
    void convertsEveryLevel() {
        List<Set<String>> tags = List.of(new LinkedHashSet<>(List.of("b", "a")), Set.of("c"),
                new LinkedHashSet<>(List.of("b", "a")));
        Grid grid = new Grid(List.of(List.of(new Cell(1), new Cell(2)), List.of()), tags,
                Map.of("g", List.of(new Cell(3), new Cell(3))), new int[][] {{1, 2}, {3}},
                Optional.of(List.of(new Cell(4))), List.of(Optional.of(new Cell(5)), Optional.empty()),
                new Cell[][] {{new Cell(6)}, {}});

        GridDto dto = converter.convert(grid);

        assertEquals(List.of(List.of(new CellDto(1), new CellDto(2)), List.of()), dto.rows());
        assertEquals(List.of(List.of("b", "a"), List.of("c")), new ArrayList<>(dto.tags()));
        assertEquals(List.of(new CellDto(3)), new ArrayList<>(dto.groups().get("g")));
        assertEquals(List.of(List.of(1, 2), List.of(3)), dto.matrix());
        assertEquals(Optional.of(List.of(new CellDto(4))), dto.maybe());
        assertEquals(List.of(Optional.of(new CellDto(5)), Optional.empty()), dto.sparse());
        assertArrayEquals(new CellDto[][] {{new CellDto(6)}, {}}, dto.blocks());
    }

    @Test
    void innerContainersAreCopiesToo() {
        List<Cell> row = new ArrayList<>(List.of(new Cell(1)));
        List<List<Cell>> rows = new ArrayList<>(List.of(row));

        List<List<CellDto>> dto = converter.convert(rows);

        assertEquals(List.of(List.of(new CellDto(1))), dto);
        assertNotSame(rows, dto);
        assertEquals(ArrayList.class, dto.get(0).getClass());
    }

    @Test
    void nullInnerContainersStayNull() {
        Grid grid = new Grid(Arrays.asList(null, List.of()), Arrays.asList((Set<String>) null), null,
                new int[][] {null}, Optional.empty(), Arrays.asList((Optional<Cell>) null), new Cell[][] {null});

        GridDto dto = converter.convert(grid);

        assertEquals(Arrays.asList(null, List.of()), dto.rows());
        assertEquals(1, dto.tags().size());
        assertNull(dto.tags().iterator().next());
        assertNull(dto.groups());
        assertEquals(Arrays.asList((List<Integer>) null), dto.matrix());
        assertEquals(Optional.empty(), dto.maybe());
        assertEquals(List.of(Optional.empty()), dto.sparse());
        assertNull(dto.blocks()[0]);
    }
}
