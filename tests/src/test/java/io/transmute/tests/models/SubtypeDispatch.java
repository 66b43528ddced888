package io.transmute.tests.models;

import io.transmute.Converter;

/**
 * Dispatch to subtypes' converters from a converter with an extra parameter: the subtypes' converters
 * that take the same parameter receive it; one that takes the source alone is called with it alone.
 */
public interface SubtypeDispatch {

    sealed interface Shape permits Circle, Square, Dot {
    }

    record Circle(double r) implements Shape {
    }

    record Square(double side) implements Shape {
    }

    record Dot() implements Shape {
    }

    interface ShapeDto {
    }

    record CircleDto(double r, String unit) implements ShapeDto {
    }

    record SquareDto(double side, String unit) implements ShapeDto {
    }

    record DotDto() implements ShapeDto {
    }

    @Converter
    ShapeDto toDto(Shape shape, String unit);

    @Converter
    CircleDto toDto(Circle circle, String unit);

    @Converter
    SquareDto toDto(Square square, String unit);

    @Converter
    DotDto toDto(Dot dot);
}
