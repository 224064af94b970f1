#pragma once
// Paints a picture as large as fits, keeping its aspect and never cropping it (a landscape photo
// stays landscape in a tall pane), centred, sharp on high-DPI screens. Shows a text instead when
// there is no picture.

#include <QImage>
#include <QWidget>

namespace pacsdrop {

class FittedImage final : public QWidget {
    Q_OBJECT
public:
    explicit FittedImage(QWidget *parent = nullptr);

    void setImage(const QImage &image, QSize fullSize = {});
    void setText(const QString &text);
    const QImage &image() const { return m_image; }
    QString text() const { return m_text; }
    // Where the picture is painted, in widget coordinates (empty when none).
    QRect shownRect() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QSize m_fullSize;
    QString m_text;
};

} // namespace pacsdrop
