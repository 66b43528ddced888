package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.models.ExtraParameters.Author;
import io.transmute.tests.models.ExtraParameters.AuthorDto;
import io.transmute.tests.models.ExtraParameters.Post;
import io.transmute.tests.models.ExtraParameters.PostDto;
import org.junit.jupiter.api.Test;

class ExtraParametersTest {
    private final ExtraParameters converter = Converters.get(ExtraParameters.class);
    private final Post post = new Post("Hello", "draft", new Author("Ada", "active"));

    @Test
    void parametersFillTheirPropertiesAndBeatTheSourceProperty() {
        PostDto dto = converter.publish(post, 12, "published");

        // author.status still comes from the source's author: parameters fill top-level properties only.
        assertEquals(new PostDto("Hello", "published", new AuthorDto("Ada", "active"), 12), dto);
    }

    @Test
    void aNullParameterGivesNullNotTheSourceProperty() {
        assertEquals(new PostDto("Hello", null, new AuthorDto("Ada", "active"), 3), converter.publish(post, 3, null));
    }

    @Test
    void aParameterIsConvertedLikeAnyValue() {
        PostDto dto = converter.reassign(post, new Author("Grace", "retired"), 5);

        assertEquals(new PostDto("Hello", "draft", new AuthorDto("Grace", "retired"), 5), dto);
    }
}
