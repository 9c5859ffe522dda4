#pragma once

#include <QString>

/**
 * The label a credit line may start with: "Photo:", "Photo credit:", "Image credit:", "Photograph:",
 * "Picture:", "Foto:", "Bild:", "Credit:", "Source:" (docs/metadata.md, "Credit line style"). A style
 * replaces it with its own when it rearranges a credit, and a credit or house line that has one gets no
 * second one. One definition for both, so what a style drops and what it does not repeat never differ. Pure.
 */
class CreditLabel
{
public:
    /** How many characters of @p text are its label and the spaces after it; 0 when it has none. */
    [[nodiscard]] static qsizetype length(const QString &text);
    [[nodiscard]] static bool startsWithLabel(const QString &text) { return length(text) > 0; }
};
