package io.transmute.tests.containers;

import io.transmute.Converter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Containers of containers, converted level by level. */
public interface NestedContainers {

    record Cell(int value) {
    }

    record CellDto(int value) {
    }

    record Grid(List<List<Cell>> rows, List<Set<String>> tags, Map<String, List<Cell>> groups, int[][] matrix,
            Optional<List<Cell>> maybe, List<Optional<Cell>> sparse, Cell[][] blocks) {
    }

    record GridDto(List<List<CellDto>> rows, Set<List<String>> tags, Map<String, Set<CellDto>> groups,
            List<List<Integer>> matrix, Optional<List<CellDto>> maybe, List<Optional<CellDto>> sparse,
            CellDto[][] blocks) {
    }

    @Converter
    GridDto convert(Grid grid);

    @Converter
    List<List<CellDto>> convert(List<List<Cell>> rows);
}
