package io.claimdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.ClaimPageSection;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.FieldDirection;
import io.claimdesk.review.domain.Comment;
import io.claimdesk.review.domain.CommentService;
import org.springframework.context.annotation.Scope;

import java.util.List;

/**
 * The comments of a claim, a tab of the claim page (issue 16 workspace): the list and a box to add one. Re-reading
 * the claim (another user's change, another section's) redraws the list only: unsaved text in the box is kept.
 */
@SpringComponent
@Scope("prototype")
public class CommentsSection extends VerticalLayout implements ClaimPageSection {

    private final CommentService comments;
    private final UnorderedList list = new UnorderedList();
    private final TextArea text = FieldDirection.follow(new TextArea());
    private long claimId = -1;
    private Runnable onChange = () -> {
    };

    public CommentsSection(CommentService comments) {
        this.comments = comments;
        setId("workflow-comments-section");
        setPadding(false);
        list.setId("workflow-comments");
        list.addClassName("cd-comments");
        text.setPlaceholder(getTranslation("review.comment.placeholder"));
        text.setId("workflow-comment-text");
        text.setWidthFull();
        Button add = new Button(getTranslation("review.comment.add"), VaadinIcon.COMMENT.create(), e -> {
            try {
                comments.add(claimId, text.getValue());
                text.clear();
                refresh();
                onChange.run();
            } catch (ValidationException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        add.setId("workflow-comment-add");
        add(list, text, add);
    }

    @Override
    public Slot slot() {
        return Slot.TAB;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String tabLabelKey() {
        return "review.comments";
    }

    @Override
    public void show(long claimId, Runnable onChange) {
        this.claimId = claimId;
        this.onChange = onChange;
        text.clear();
        refresh();
    }

    @Override
    public void refreshClaim() {
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Comment> all = comments.list(claimId);
        for (Comment c : all) {
            ListItem item = new ListItem();
            Span meta = new Span(c.author() + " · " + ReviewBadges.time(c.createdAt()));
            meta.addClassName("cd-meta");
            Paragraph body = new Paragraph(c.body());
            Cells.orient(body, body.getText());
            item.add(meta, body);
            list.add(item);
        }
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("review.comments.none")));
        }
    }
}
