CREATE TABLE customers (
    customer_id BIGINT PRIMARY KEY,
    email VARCHAR(320) NOT NULL,
    signed_up TIMESTAMP
);
COMMENT ON COLUMN customers.email IS 'Where receipts are sent';
