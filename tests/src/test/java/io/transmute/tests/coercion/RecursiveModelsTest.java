package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.coercion.RecursiveModels.Category;
import io.transmute.tests.coercion.RecursiveModels.CategoryDto;
import io.transmute.tests.coercion.RecursiveModels.Drive;
import io.transmute.tests.coercion.RecursiveModels.DriveDto;
import io.transmute.tests.coercion.RecursiveModels.Folder;
import io.transmute.tests.coercion.RecursiveModels.FolderDto;
import io.transmute.tests.coercion.RecursiveModels.Topic;
import io.transmute.tests.coercion.RecursiveModels.TopicDto;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecursiveModelsTest {
    private final RecursiveModels converter = Converters.get(RecursiveModels.class);

    @Test
    void convertsACategoryTreeThreeLevelsDeep() {
        Category tree = new Category("root", List.of(
                new Category("books", List.of(
                        new Category("novels", List.of()),
                        new Category("poetry", null))),
                new Category("music", List.of())));

        CategoryDto dto = converter.convert(tree);

        assertEquals(new CategoryDto("root", List.of(
                new CategoryDto("books", List.of(
                        new CategoryDto("novels", List.of()),
                        new CategoryDto("poetry", null))),
                new CategoryDto("music", List.of()))), dto);
    }

    @Test
    void nullChildInsideTheTreeStaysNull() {
        CategoryDto dto = converter.convert(new Category("root", Arrays.asList(null, new Category("a", List.of()))));

        assertEquals(Arrays.asList(null, new CategoryDto("a", List.of())), dto.children());
    }

    @Test
    void renamingLinkAppliesAtEveryLevelOfATree() {
        Topic tree = new Topic("java", List.of(new Topic("records", List.of(new Topic("equals", List.of())))));

        assertEquals(new TopicDto("java", List.of(new TopicDto("records", List.of(new TopicDto("equals", List.of()))))),
                converter.convert(tree));
    }

    @Test
    void convertsASelfReferencingParentChain() {
        Folder root = new Folder("/", null);
        Folder home = new Folder("home", root);
        Folder user = new Folder("ann", home);

        DriveDto dto = converter.convert(new Drive("C", user));

        assertEquals(new DriveDto("C", new FolderDto("ann", new FolderDto("home", new FolderDto("/", null)))), dto);
        assertNull(dto.current().parent().parent().parent());
    }

    @Test
    void nullParentChainGivesNull() {
        assertEquals(new DriveDto("C", null), converter.convert(new Drive("C", null)));
    }
}
