package io.transmute.processor.analysis;

import io.transmute.processor.model.AllowUnlinkedDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The links and allowUnlinked paths of a converter method, arranged by destination path: the
 * rules for the properties at this level, and a subtree for each property that paths reach inside.
 */
final class LinkTree {
    static final LinkTree EMPTY = new LinkTree();

    private final Map<String, List<LinkRule>> rules = new LinkedHashMap<>();
    private final Map<String, LinkTree> children = new LinkedHashMap<>();
    private final Map<String, AllowUnlinkedDecl> allowUnlinked = new LinkedHashMap<>();

    void addRule(List<String> path, LinkRule rule) {
        LinkTree node = nodeFor(path);
        node.rules.computeIfAbsent(path.get(path.size() - 1), name -> new ArrayList<>()).add(rule);
    }

    void allowUnlinked(List<String> path, AllowUnlinkedDecl decl) {
        nodeFor(path).allowUnlinked.putIfAbsent(path.get(path.size() - 1), decl);
    }

    private LinkTree nodeFor(List<String> path) {
        LinkTree node = this;
        for (String segment : path.subList(0, path.size() - 1)) {
            node = node.children.computeIfAbsent(segment, name -> new LinkTree());
        }
        return node;
    }

    boolean isEmpty() {
        return rules.isEmpty() && children.isEmpty() && allowUnlinked.isEmpty();
    }

    List<LinkRule> rulesFor(String property) {
        return rules.getOrDefault(property, List.of());
    }

    LinkTree child(String property) {
        return children.getOrDefault(property, EMPTY);
    }

    Optional<AllowUnlinkedDecl> allowUnlinked(String property) {
        return Optional.ofNullable(allowUnlinked.get(property));
    }

    /**
     * Each property name this level mentions, with every rule and allowUnlinked declaration at or
     * below it, so that an unknown name is reported once per declaration that uses it.
     */
    Map<String, List<Object>> mentions() {
        Map<String, List<Object>> mentions = new LinkedHashMap<>();
        rules.forEach((name, list) -> mentions.computeIfAbsent(name, n -> new ArrayList<>()).addAll(list));
        children.forEach((name, child) -> mentions.computeIfAbsent(name, n -> new ArrayList<>())
                .addAll(child.allDeclarations()));
        allowUnlinked.forEach((name, decl) -> mentions.computeIfAbsent(name, n -> new ArrayList<>()).add(decl));
        return mentions;
    }

    private List<Object> allDeclarations() {
        List<Object> all = new ArrayList<>();
        mentions().values().forEach(all::addAll);
        return all;
    }
}
