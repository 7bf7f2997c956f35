# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_review_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTextBrowser,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_IntakeReviewPage(object):
    def setupUi(self, IntakeReviewPage):
        if not IntakeReviewPage.objectName():
            IntakeReviewPage.setObjectName(u"IntakeReviewPage")
        self.page_layout = QVBoxLayout(IntakeReviewPage)
        self.page_layout.setObjectName(u"page_layout")
        self.review_text = QTextBrowser(IntakeReviewPage)
        self.review_text.setObjectName(u"review_text")
        self.review_text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.review_text.setTabChangesFocus(True)

        self.page_layout.addWidget(self.review_text)

        self.error_label = QLabel(IntakeReviewPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.error_label)


        self.retranslateUi(IntakeReviewPage)

        QMetaObject.connectSlotsByName(IntakeReviewPage)
    # setupUi

    def retranslateUi(self, IntakeReviewPage):
        IntakeReviewPage.setTitle(QCoreApplication.translate("IntakeReviewPage", u"\u6838\u5bf9\u5e76\u767b\u8bb0", None))
        IntakeReviewPage.setSubTitle(QCoreApplication.translate("IntakeReviewPage", u"\u6838\u5bf9\u65e0\u8bef\u540e\u6309\u201c\u5b8c\u6210\u767b\u8bb0\u201d\uff08Enter\uff09\u3002\u8fd4\u56de\u4e0a\u4e00\u6b65\u4fee\u6539\u4e0d\u4f1a\u4e22\u5931\u5df2\u586b\u5185\u5bb9\u3002", None))
#if QT_CONFIG(accessibility)
        self.review_text.setAccessibleName(QCoreApplication.translate("IntakeReviewPage", u"\u767b\u8bb0\u5185\u5bb9\u6458\u8981", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

