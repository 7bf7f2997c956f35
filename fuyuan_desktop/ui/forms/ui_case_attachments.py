# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_attachments.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListView,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AttachmentsTab(object):
    def setupUi(self, AttachmentsTab):
        if not AttachmentsTab.objectName():
            AttachmentsTab.setObjectName(u"AttachmentsTab")
        self.attachments_tab_layout = QVBoxLayout(AttachmentsTab)
        self.attachments_tab_layout.setObjectName(u"attachments_tab_layout")
        self.attachment_row = QHBoxLayout()
        self.attachment_row.setObjectName(u"attachment_row")
        self.add_attachment_button = QPushButton(AttachmentsTab)
        self.add_attachment_button.setObjectName(u"add_attachment_button")

        self.attachment_row.addWidget(self.add_attachment_button)

        self.drop_hint = QLabel(AttachmentsTab)
        self.drop_hint.setObjectName(u"drop_hint")

        self.attachment_row.addWidget(self.drop_hint)

        self.attachment_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachment_row.addItem(self.attachment_spacer)


        self.attachments_tab_layout.addLayout(self.attachment_row)

        self.attachment_list = QListWidget(AttachmentsTab)
        self.attachment_list.setObjectName(u"attachment_list")
        self.attachment_list.setAcceptDrops(True)
        self.attachment_list.setIconSize(QSize(128, 128))
        self.attachment_list.setViewMode(QListView.ViewMode.IconMode)
        self.attachment_list.setMovement(QListView.Movement.Static)
        self.attachment_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.attachment_list.setGridSize(QSize(168, 176))
        self.attachment_list.setWordWrap(True)
        self.attachment_list.setUniformItemSizes(True)

        self.attachments_tab_layout.addWidget(self.attachment_list)

        self.attachment_status = QLabel(AttachmentsTab)
        self.attachment_status.setObjectName(u"attachment_status")

        self.attachments_tab_layout.addWidget(self.attachment_status)

        self.attachments_tab_layout.setStretch(1, 1)
        QWidget.setTabOrder(self.add_attachment_button, self.attachment_list)

        self.retranslateUi(AttachmentsTab)

        QMetaObject.connectSlotsByName(AttachmentsTab)
    # setupUi

    def retranslateUi(self, AttachmentsTab):
        self.add_attachment_button.setText(QCoreApplication.translate("AttachmentsTab", u"\u6dfb\u52a0\u9644\u4ef6(&A)\u2026", None))
        self.drop_hint.setText(QCoreApplication.translate("AttachmentsTab", u"\u4e5f\u53ef\u4ee5\u628a\u7167\u7247\u3001\u626b\u63cf\u4ef6\u76f4\u63a5\u62d6\u5230\u4e0b\u65b9\u3002", None))
#if QT_CONFIG(accessibility)
        self.attachment_list.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"\u9644\u4ef6\uff08\u53cc\u51fb\u6253\u5f00\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.attachment_status.setText("")
        pass
    # retranslateUi

