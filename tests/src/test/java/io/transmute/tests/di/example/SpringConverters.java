package io.transmute.tests.di.example;

import io.transmute.ComponentModel;
import io.transmute.ConverterConfig;

/** The application's shared configuration: every converter that names it is a Spring component. */
@ConverterConfig(componentModel = ComponentModel.SPRING)
public interface SpringConverters {
}
