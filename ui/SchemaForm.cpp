#include "SchemaForm.h"

#include "LogSlider.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <climits>
#include <cmath>

namespace {

// Row labels, translated in the run panel's context (where the studio's catalogues
// have them); a key without one shows its name.
QString fieldLabel(const QString &key)
{
    static const QMap<QString, const char *> labels = {
        {QStringLiteral("iterations"), QT_TRANSLATE_NOOP("RunPanel", "Iterations:")},
        {QStringLiteral("learning_rate"), QT_TRANSLATE_NOOP("RunPanel", "Learning rate:")},
        {QStringLiteral("lambda_pixel"), QT_TRANSLATE_NOOP("RunPanel", "λ pixel:")},
        {QStringLiteral("lambda"), QT_TRANSLATE_NOOP("RunPanel", "λ:")},
        {QStringLiteral("objective"), QT_TRANSLATE_NOOP("RunPanel", "Objective:")},
        {QStringLiteral("real_batch"), QT_TRANSLATE_NOOP("RunPanel", "Real batch per class:")},
        {QStringLiteral("split_size"), QT_TRANSLATE_NOOP("RunPanel", "Split size:")},
        {QStringLiteral("split_strategy"), QT_TRANSLATE_NOOP("RunPanel", "Splitting:")},
        {QStringLiteral("embedding"), QT_TRANSLATE_NOOP("RunPanel", "Embedding networks:")},
        {QStringLiteral("pool_dir"), QT_TRANSLATE_NOOP("RunPanel", "Pool folder:")},
        {QStringLiteral("pool_min_accuracy"), QT_TRANSLATE_NOOP("RunPanel", "Pool accuracy from (%):")},
        {QStringLiteral("pool_max_accuracy"), QT_TRANSLATE_NOOP("RunPanel", "Pool accuracy up to (%):")},
        {QStringLiteral("images_per_class"), QT_TRANSLATE_NOOP("RunPanel", "Images per class:")},
        {QStringLiteral("architectures"), QT_TRANSLATE_NOOP("RunPanel", "Architectures:")},
        {QStringLiteral("runs"), QT_TRANSLATE_NOOP("RunPanel", "Runs:")},
        {QStringLiteral("epochs"), QT_TRANSLATE_NOOP("RunPanel", "Epochs:")},
    };
    const auto it = labels.find(key);
    if (it != labels.end())
        return QCoreApplication::translate("RunPanel", it.value());
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text + QLatin1Char(':');
}

// How a choice reads in the form (translated); the stored value stays the table's name.
QString choiceLabel(const QString &key, const QString &choice)
{
    static const QMap<QString, const char *> labels = {
        {QStringLiteral("objective=dm"), QT_TRANSLATE_NOOP("RunPanel", "distribution matching (dm)")},
        {QStringLiteral("objective=gm"), QT_TRANSLATE_NOOP("RunPanel", "gradient matching (gm)")},
        {QStringLiteral("split_strategy=fixed"), QT_TRANSLATE_NOOP("RunPanel", "fixed")},
        {QStringLiteral("split_strategy=mixed"), QT_TRANSLATE_NOOP("RunPanel", "mixed")},
        {QStringLiteral("embedding=random"), QT_TRANSLATE_NOOP("RunPanel", "fresh random ConvNets")},
        {QStringLiteral("embedding=pool"), QT_TRANSLATE_NOOP("RunPanel", "pre-trained pool")},
    };
    const auto it = labels.find(key + QLatin1Char('=') + choice);
    return it != labels.end() ? QCoreApplication::translate("RunPanel", it.value()) : choice;
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

int clampToInt(double value)
{
    return static_cast<int>(std::clamp(value, static_cast<double>(INT_MIN), static_cast<double>(INT_MAX)));
}

} // namespace

SchemaForm::SchemaForm(const QString &title, const QString &section, const QJsonArray &fields,
                       const QJsonObject &defaults, const QSet<QString> &hidden, const QString &nullText, QWidget *parent)
    : QGroupBox(title, parent), m_section(section), m_table(fields), m_defaults(defaults)
{
    auto *form = new QFormLayout(this);
    for (const QJsonValue &entry : fields) {
        const QJsonObject field = entry.toObject();
        const QString key = field.value(QStringLiteral("key")).toString();
        const QString kind = field.value(QStringLiteral("kind")).toString();
        if (hidden.contains(key) || !defaults.contains(key) || kind == QLatin1String("integer-map"))
            continue; // not part of this configuration (set at the top level), or edited in the JSON only
        m_fields.insert(key, field);
        const double minimum = field.value(QStringLiteral("minimum")).toDouble();
        const double maximum = field.value(QStringLiteral("maximum")).toDouble();
        const double fallback = field.value(QStringLiteral("default")).toDouble();
        QWidget *widget = nullptr;
        if (kind == QLatin1String("integer")) {
            auto *box = new QSpinBox(this);
            const bool optional = defaults.value(key).isNull();
            box->setRange(clampToInt(minimum) - (optional ? 1 : 0), clampToInt(maximum));
            if (optional) {
                m_optional.insert(key);
                box->setSpecialValueText(nullText);
            }
            widget = box;
        } else if (kind == QLatin1String("real") && field.value(QStringLiteral("logarithmic")).toBool()) {
            // Three decades either side of the default, within the accepted range; an exact 0
            // at the far left where 0 is allowed.
            const double typical = fallback > 0 ? fallback : 1e-3;
            widget = new LogSlider(std::max(minimum > 0 ? minimum : 0.0, typical / 1000), std::min(maximum, typical * 1000),
                                   minimum <= 0, 121, this);
        } else if (kind == QLatin1String("real")) {
            auto *box = new QDoubleSpinBox(this);
            box->setDecimals(6);
            box->setRange(std::max(minimum, -1e9), std::min(maximum, 1e9));
            widget = box;
        } else if (kind == QLatin1String("choice")) {
            auto *box = new QComboBox(this);
            for (const QJsonValue &choice : field.value(QStringLiteral("choices")).toArray())
                box->addItem(choiceLabel(key, choice.toString()), choice.toString());
            widget = box;
        } else if (kind == QLatin1String("text-list")) {
            auto *edit = new QLineEdit(this);
            edit->setPlaceholderText(tr("comma-separated"));
            m_lists.insert(key);
            widget = edit;
        } else {
            widget = new QLineEdit(this);
        }
        QString tip = field.value(QStringLiteral("help")).toString();
        const QString paper = field.value(QStringLiteral("paper")).toString();
        if (!paper.isEmpty())
            tip += QStringLiteral(" [%1]").arg(paper);
        if (kind == QLatin1String("integer") || kind == QLatin1String("real"))
            tip += QLatin1Char('\n') + tr("Range: %1 – %2").arg(minimum).arg(maximum);
        widget->setToolTip(tip);
        widget->setObjectName(section + QLatin1Char('.') + key);
        m_widgets.insert(key, widget);
        form->addRow(fieldLabel(key), widget);
    }
    setValues(defaults, nullptr);
}

LogSlider *SchemaForm::logSlider(const QString &key) const
{
    return qobject_cast<LogSlider *>(m_widgets.value(key));
}

void SchemaForm::setLabel(const QString &key, const QString &label)
{
    auto *form = static_cast<QFormLayout *>(layout());
    if (auto *text = qobject_cast<QLabel *>(form->labelForField(m_widgets.value(key))))
        text->setText(label);
}

QJsonObject SchemaForm::values(QJsonObject base) const
{
    for (auto it = m_widgets.begin(); it != m_widgets.end(); ++it) {
        const QString &key = it.key();
        if (auto *spin = qobject_cast<QSpinBox *>(it.value())) {
            base.insert(key, m_optional.contains(key) && spin->value() == spin->minimum() ? QJsonValue(QJsonValue::Null)
                                                                                         : QJsonValue(spin->value()));
        } else if (auto *slider = qobject_cast<LogSlider *>(it.value())) {
            base.insert(key, slider->value());
        } else if (auto *box = qobject_cast<QDoubleSpinBox *>(it.value())) {
            base.insert(key, box->value());
        } else if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            base.insert(key, combo->currentData().toString());
        } else if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            if (m_lists.contains(key)) {
                QJsonArray list;
                for (const QString &entry : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                    list.append(entry.trimmed());
                base.insert(key, list);
            } else {
                base.insert(key, edit->text());
            }
        }
    }
    return base;
}

bool SchemaForm::checkValues(const QString &section, const QJsonArray &fields, const QJsonObject &defaults,
                             const QJsonObject &values, QString *error)
{
    for (const QJsonValue &entry : fields) {
        const QJsonObject field = entry.toObject();
        const QString key = field.value(QStringLiteral("key")).toString();
        const QJsonValue value = values.value(key);
        if (value.isUndefined() || (value.isNull() && defaults.value(key).isNull()))
            continue; // absent, or an optional key left at "null"
        const QString kind = field.value(QStringLiteral("kind")).toString();
        const QString name = section + QLatin1Char('.') + key;
        QString problem;
        if ((kind == QLatin1String("integer") || kind == QLatin1String("real")) && !value.isDouble())
            problem = tr("%1: expected a number, got %2").arg(name, jsonText(value));
        else if (kind == QLatin1String("text-list") && !value.isArray())
            problem = tr("%1: expected a list of names, got %2").arg(name, jsonText(value));
        else if ((kind == QLatin1String("text") || kind == QLatin1String("choice")) && !value.isString())
            problem = tr("%1: expected a string, got %2").arg(name, jsonText(value));
        else if (kind == QLatin1String("choice") && !field.value(QStringLiteral("choices")).toArray().contains(value.toString()))
            problem = tr("%1: expected one of %2, got \"%3\"")
                          .arg(name, jsonText(field.value(QStringLiteral("choices"))), value.toString());
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
    }
    return true;
}

bool SchemaForm::setValues(const QJsonObject &section, QString *error)
{
    // Check everything first, so a bad file leaves the form as it was.
    if (!checkValues(m_section, m_table, m_defaults, section, error))
        return false;
    for (auto it = m_widgets.begin(); it != m_widgets.end(); ++it) {
        const QJsonValue value = section.value(it.key());
        if (value.isUndefined())
            continue;
        if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            spin->setValue(value.isNull() ? spin->minimum() : static_cast<int>(std::llround(value.toDouble())));
        else if (auto *slider = qobject_cast<LogSlider *>(it.value()))
            slider->setValue(value.toDouble());
        else if (auto *box = qobject_cast<QDoubleSpinBox *>(it.value()))
            box->setValue(value.toDouble());
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            combo->setCurrentIndex(combo->findData(value.toString()));
        else if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            if (m_lists.contains(it.key())) {
                QStringList names;
                for (const QJsonValue &entry : value.toArray())
                    names << entry.toString();
                edit->setText(names.join(QStringLiteral(", ")));
            } else {
                edit->setText(value.toString());
            }
        }
    }
    return true;
}
