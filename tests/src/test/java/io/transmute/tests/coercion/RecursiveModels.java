package io.transmute.tests.coercion;

import io.transmute.Converter;
import io.transmute.Link;
import java.util.List;

/** Recursive types: a category tree through a children list, and a chain of parents. */
public interface RecursiveModels {

    record Category(String name, List<Category> children) {
    }

    record CategoryDto(String name, List<CategoryDto> children) {
    }

    @Converter
    CategoryDto convert(Category category);

    record Topic(String title, List<Topic> subtopics) {
    }

    record TopicDto(String name, List<TopicDto> subtopics) {
    }

    /** The subtopics reuse this very converter, so the rename applies at every level. */
    @Converter
    @Link(from = "title", to = "name")
    TopicDto convert(Topic topic);

    record Folder(String name, Folder parent) {
    }

    record FolderDto(String name, FolderDto parent) {
    }

    record Drive(String label, Folder current) {
    }

    record DriveDto(String label, FolderDto current) {
    }

    /** The folder chain is a nested conversion here, not a reuse of another converter. */
    @Converter
    DriveDto convert(Drive drive);
}
