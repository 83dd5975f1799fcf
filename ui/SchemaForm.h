#pragma once
// One section of a configuration ("inversion", "itgan", "dm") as a form built from the
// engine's field table (core/base/ConfigSchema.h, passed here as JSON by
// StudioWorker::configSchema()): one widget per key, with the table's range, choices
// and help as tooltip. Integers get spin boxes, numbers spanning decades log sliders,
// other numbers spin boxes, choices combo boxes, text and name lists line edits; maps
// (epochs per set) are left to the JSON file and survive untouched.
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

class LogSlider;

class SchemaForm : public QGroupBox {
    Q_OBJECT

public:
    // `fields`: the section's describe() table. `defaults`: the section's default values;
    // a key whose default is null is optional (the spin box's lowest value means "null",
    // shown as `nullText`). Keys in `hidden` get no widget (set elsewhere, e.g. the seed).
    SchemaForm(const QString &title, const QString &section, const QJsonArray &fields, const QJsonObject &defaults,
               const QSet<QString> &hidden, const QString &nullText, QWidget *parent = nullptr);

    // The values of every widget, written over `base` (the section's current JSON).
    QJsonObject values(QJsonObject base) const;
    // Checks every value of `section` against the table first; on a wrong type or choice
    // returns false with "section.key: …" in `error` and changes nothing.
    bool setValues(const QJsonObject &section, QString *error);

    // The same check without a form: every value of `values` against the table (wrong types
    // and choices, with "section.key: …" in `error`).
    static bool checkValues(const QString &section, const QJsonArray &fields, const QJsonObject &defaults,
                            const QJsonObject &values, QString *error);

    QWidget *widget(const QString &key) const { return m_widgets.value(key); }
    LogSlider *logSlider(const QString &key) const;
    // Replaces the row label of `key` (the studio marks the live sliders).
    void setLabel(const QString &key, const QString &label);

private:
    QString m_section;
    QJsonArray m_table;      // the section's describe() table
    QJsonObject m_defaults;  // its default values (null = optional)
    QMap<QString, QJsonObject> m_fields; // key -> its table entry
    QMap<QString, QWidget *> m_widgets;
    QSet<QString> m_optional;
    QSet<QString> m_lists; // text-list keys: a comma-separated line edit
};
