package io.github.meshplugin.site.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${code(text)}} in a template: findings, fixes and rule texts quote YAML in backticks, as people do in
 * chat and commit messages. This shows those spans as code. Everything is HTML-escaped first, so the only markup
 * that comes out is the {@code <code>} this adds.
 */
final class InlineCode implements TemplateMethodModelEx {

    private static final Pattern SPAN = Pattern.compile("`([^`\\n]+)`");

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel text)) {
            throw new TemplateModelException("code(text) takes one text argument");
        }
        return render(text.getAsString());
    }

    static TemplateHTMLOutputModel render(String text) throws TemplateModelException {
        StringBuilder html = new StringBuilder();
        Matcher span = SPAN.matcher(text);
        int at = 0;
        while (span.find()) {
            html.append(HTMLOutputFormat.INSTANCE.escapePlainText(text.substring(at, span.start())));
            html.append("<code>")
                    .append(HTMLOutputFormat.INSTANCE.escapePlainText(span.group(1)))
                    .append("</code>");
            at = span.end();
        }
        html.append(HTMLOutputFormat.INSTANCE.escapePlainText(text.substring(at)));
        return HTMLOutputFormat.INSTANCE.fromMarkup(html.toString());
    }
}
