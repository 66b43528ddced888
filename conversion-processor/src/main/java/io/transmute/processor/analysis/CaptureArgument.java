package io.transmute.processor.analysis;

import io.transmute.processor.coercion.Capture;

/** A value a nested conversion needs ({@code capture}), and where its caller takes it from. */
public record CaptureArgument(Capture capture, ValueSource value) {
}
