# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QSizePolicy, QStackedWidget, QStatusBar,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.nav_rail = QListWidget(self.central_widget)
        self.nav_rail.setObjectName(u"nav_rail")
        self.nav_rail.setMinimumSize(QSize(132, 0))
        self.nav_rail.setMaximumSize(QSize(132, 16777215))
        self.nav_rail.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav_rail.setStyleSheet(u"QListWidget { font-size: 15pt; border: none; background: #f3f1ec; } QListWidget::item { padding: 12px 16px; } QListWidget::item:selected { background: #9b2c2c; color: white; }")

        self.central_layout.addWidget(self.nav_rail)

        self.pages = QStackedWidget(self.central_widget)
        self.pages.setObjectName(u"pages")

        self.central_layout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central_widget)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u5e9c\u9662\u8054\u52a8\u00b7\u8bc9\u524d\u8c03\u89e3\u5de5\u4f5c\u53f0", None))
#if QT_CONFIG(accessibility)
        self.nav_rail.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u5bfc\u822a", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

