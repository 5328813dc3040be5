package io.claimdesk.user.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.user.domain.TotpService;

/**
 * A new TOTP secret shown once: the QR code to scan with an authenticator app and the same secret as text (to type
 * in), with the field for the first code. Used by the profile page and the forced enrolment at sign-in.
 */
class TotpEnrolment extends VerticalLayout {

    final TextField code = codeField();

    TotpEnrolment(TotpService.Enrolment enrolment) {
        setPadding(false);
        Image qr = new Image(enrolment.qrCodeDataUri(), getTranslation("totp.qr.alt"));
        qr.setId("totp-qr");
        qr.setWidth("220px");
        TextField secret = new TextField(getTranslation("totp.secret"));
        secret.setValue(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        secret.setReadOnly(true);
        secret.setId("totp-secret");
        secret.setWidthFull();
        secret.getElement().setAttribute("dir", "ltr");
        add(new Paragraph(getTranslation("totp.enrol.help")), qr, secret, new Paragraph(getTranslation(
                "totp.enrol.shownOnce")), code);
    }

    static TextField codeField() {
        TextField code = new TextField();
        code.setLabel(code.getTranslation("totp.code"));
        code.setId("totp-code");
        code.setMaxLength(7);
        code.setPattern("[0-9 ]*");
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("dir", "ltr");
        return code;
    }
}
